/*
 * Given to a p:chart as its extender: a click on a bar (or a segment of a stacked bar) opens the list it adds
 * up. The addresses come from the server in the chart's JSON, one per bar in each dataset's "links" (null: no
 * list); this file is CRMir's own script, so the Content-Security-Policy runs it without inline code.
 */
window.crmirChartLinks = function () {
    var config = this.cfg.config;
    config.options = config.options || {};
    function linkOf(chart, elements) {
        if (!elements.length) {
            return null;
        }
        var links = chart.data.datasets[elements[0].datasetIndex].links;
        return links ? links[elements[0].index] : null;
    }
    config.options.onClick = function (event, elements, chart) {
        var link = linkOf(chart, elements);
        if (link) {
            window.location.href = link;
        }
    };
    config.options.onHover = function (event, elements, chart) {
        chart.canvas.style.cursor = linkOf(chart, elements) ? "pointer" : "default";
    };
};
