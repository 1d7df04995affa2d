package org.crmir.figures.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.crmir.shared.JsonBuilders;

/**
 * A Chart.js configuration (the JSON {@code p:chart} takes as its value) for bar charts whose bars link to lists:
 * each dataset carries {@code links}, one address per bar (null for none), which crmir/charts.js follows on a
 * click. No functions in the JSON: the page's Content-Security-Policy runs no script that is not its own.
 */
final class ChartJson {

    private final String type;
    private final List<String> labels;
    private final JsonArrayBuilder datasets = JsonBuilders.array();
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
        JsonArrayBuilder data = JsonBuilders.array();
        values.forEach(value -> data.add(value == null ? BigDecimal.ZERO : value));
        JsonArrayBuilder urls = JsonBuilders.array();
        links.forEach(link -> {
            if (link == null) {
                urls.addNull();
            } else {
                urls.add(link);
            }
        });
        datasets.add(JsonBuilders.object().add("label", label).add("backgroundColor", colour)
                .add("borderColor", colour).add("data", data).add("links", urls));
        return this;
    }

    String json() {
        JsonArrayBuilder names = JsonBuilders.array();
        labels.forEach(names::add);
        JsonObjectBuilder options = JsonBuilders.object().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", JsonBuilders.object().add("legend",
                        JsonBuilders.object().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        JsonObjectBuilder valueAxis = JsonBuilders.object().add("stacked", stacked).add("beginAtZero", true);
        if (counts) {
            valueAxis.add("ticks", JsonBuilders.object().add("precision", 0));
        }
        options.add("scales", JsonBuilders.object().add(horizontal ? "x" : "y", valueAxis)
                .add(horizontal ? "y" : "x", JsonBuilders.object().add("stacked", stacked)));
        return JsonBuilders.object().add("type", type)
                .add("data", JsonBuilders.object().add("labels", names).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
