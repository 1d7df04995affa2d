/*
 * The dashboard's charts (p:chart extender="crmirChartLinks"): a click on a bar segment opens the list it
 * summarises, whose address the server put in the dataset's "links" beside its "data"; the pointer shows where a
 * click leads. A file of its own: the Content-Security-Policy lets no inline handler run.
 */
function crmirChartLinks() {
    var options = this.cfg.config.options = this.cfg.config.options || {};
    options.onClick = function (event, elements, chart) {
        if (elements.length > 0) {
            var links = chart.data.datasets[elements[0].datasetIndex].links || [];
            var link = links[elements[0].index];
            if (link) {
                window.location.href = link;
            }
        }
    };
    options.onHover = function (event, elements, chart) {
        chart.canvas.style.cursor = elements.length > 0 ? 'pointer' : 'default';
    };
}
