package org.crmir.figures.web;

/** One chart as a page shows it: a heading, the currency it is in (or null) and its Chart.js configuration. */
public record ChartView(String title, String currency, String json) {

    // Jakarta EL 5 reads JavaBean getters, not record accessors.
    public String getTitle() {
        return title;
    }

    public String getCurrency() {
        return currency;
    }

    public String getJson() {
        return json;
    }
}
