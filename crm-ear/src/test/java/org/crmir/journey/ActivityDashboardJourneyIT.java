package org.crmir.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The dashboard's charts of quotes and interactions are drawn in a real browser under the Content-Security-Policy
 * (no inline script runs: the click handler comes from crmir/charts.js), each segment carries the list it opens,
 * and a click on one opens that list with its filter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityDashboardJourneyIT extends BrowserJourney {

    /** The chart widget drawn on the canvas of {@code id}: its dataset links, or null when it is not drawn. */
    @SuppressWarnings("unchecked")
    private List<List<String>> linksOf(String id) {
        return (List<List<String>>) browser.executeScript("for (var name in PrimeFaces.widgets) {"
                + " var w = PrimeFaces.widgets[name]; if (w && w.chart && w.id === arguments[0]"
                + " && w.canvas[0].width > 0) { return w.chart.data.datasets.map(function (d) { return d.links; }); } }"
                + " return null;", id);
    }

    @Test
    void theChartsAreDrawnAndASegmentOpensItsList() throws Exception {
        signInAsAdmin();
        browser.get(url("/dashboard.xhtml"));
        visible(By.id("activityCharts"));
        wait.until(d -> linksOf("quoteFunnel") != null && linksOf("interactionWeeks") != null);
        assertEquals("", consoleErrors(), "console errors on the dashboard");

        List<List<String>> funnel = linksOf("quoteFunnel");
        assertEquals(6, funnel.size(), "a dataset per quote status");
        for (List<String> links : funnel) {
            assertEquals(4, links.size(), "a link per stage");
            links.stream().filter(l -> l != null && !l.isEmpty()) // a segment of no quotes links nowhere
                    .forEach(l -> assertTrue(l.contains("/quotes.xhtml?status=") && l.contains("createdFrom=")
                            && l.contains("createdTo="), l));
        }
        List<List<String>> weeks = linksOf("interactionWeeks");
        assertEquals(5, weeks.size(), "a dataset per channel");
        weeks.forEach(links -> assertEquals(12, links.size(), "a link per week"));
        assertTrue(browser.findElement(By.id("failedMessages")).getAttribute("href").contains("status=failed"));

        // A click on a segment (through the chart's own handler) opens its list.
        String link = weeks.stream().flatMap(List::stream).filter(l -> l != null && !l.isEmpty()).findFirst().orElse(null);
        if (link != null) {
            browser.executeScript("for (var name in PrimeFaces.widgets) { var w = PrimeFaces.widgets[name];"
                    + " if (w && w.chart && w.id === 'interactionWeeks') { var sets = w.chart.data.datasets;"
                    + " for (var s = 0; s < sets.length; s++) { for (var i = 0; i < sets[s].links.length; i++) {"
                    + " if (sets[s].links[i]) { w.chart.options.onClick(null, [{datasetIndex: s, index: i}], w.chart);"
                    + " return; } } } } }");
            wait.until(d -> d.getCurrentUrl().contains("/communications.xhtml?channel="));
        }
    }
}
