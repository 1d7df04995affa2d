package org.crmir.figures.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A Chart.js configuration (the JSON {@code p:chart} takes as its value) for bar charts whose bars link to lists:
 * each dataset carries {@code links}, one address per bar (null for none), which crmir/charts.js follows on a
 * click. No functions in the JSON: the page's Content-Security-Policy runs no script that is not its own.
 */
final class ChartJson {

    private final String type;
    private final List<String> labels;
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private boolean stacked;
    private boolean horizontal;
    private boolean counts;

    ChartJson(String type, List<String> labels) {
        this.type = type;
        this.labels = labels;
    }

    ChartJson stacked() {
        this.stacked = true;
        return this;
    }

    ChartJson horizontal() {
        this.horizontal = true;
        return this;
    }

    /** Values are counts: the value axis shows whole numbers only. */
    ChartJson counts() {
        this.counts = true;
        return this;
    }

    ChartJson dataset(String label, String colour, List<BigDecimal> values, List<String> links) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(value -> data.add(value == null ? BigDecimal.ZERO : value));
        JsonArrayBuilder urls = Json.createArrayBuilder();
        links.forEach(link -> {
            if (link == null) {
                urls.addNull();
            } else {
                urls.add(link);
            }
        });
        datasets.add(Json.createObjectBuilder().add("label", label).add("backgroundColor", colour)
                .add("borderColor", colour).add("data", data).add("links", urls));
        return this;
    }

    String json() {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend",
                        Json.createObjectBuilder().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true);
        if (counts) {
            valueAxis.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        options.add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis)
                .add(horizontal ? "y" : "x", Json.createObjectBuilder().add("stacked", stacked)));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
