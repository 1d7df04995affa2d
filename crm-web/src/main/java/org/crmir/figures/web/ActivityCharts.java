package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crmir.communication.Channel;
import org.crmir.figures.ActivityFigures;
import org.crmir.figures.FigureScope;
import org.crmir.figures.QuoteFunnel;
import org.crmir.figures.QuoteStage;
import org.crmir.figures.SalesFigures;
import org.crmir.shared.web.Formats;
import org.crmir.shared.web.Labels;

/**
 * The dashboard's charts of sales and activity as Chart.js configurations for {@code p:chart}: the quote funnel
 * of the period and the interactions per week and channel over the last {@value #WEEKS} weeks. Each dataset
 * carries a {@code links} array beside its {@code data}: the list each segment summarises, which
 * {@code crmirChartLinks} (crmir/charts.js) opens on a click.
 */
@Named
@RequestScoped
public class ActivityCharts {

    static final int WEEKS = 12;
    private static final List<String> PALETTE = List.of("#2563eb", "#16a34a", "#dc2626", "#9ca3af", "#f59e0b",
            "#cbd5e1");

    @EJB
    SalesFigures sales;

    @EJB
    ActivityFigures activity;

    @Inject
    DashboardScope scope;

    @Inject
    Labels labels;

    @Inject
    Formats formats;

    private SalesFigures.Funnel funnel;
    private List<ActivityFigures.Week> weeks;

    public SalesFigures.Funnel getFunnel() {
        if (funnel == null) {
            funnel = sales.funnel(scope.scope());
        }
        return funnel;
    }

    public List<ActivityFigures.Week> getWeeks() {
        if (weeks == null) {
            weeks = activity.weeks(scope.scope(), WEEKS);
        }
        return weeks;
    }

    /** Stacked bars, one per stage; each segment is one status of the quotes created in the period. */
    public String getFunnelChart() {
        SalesFigures.Funnel created = getFunnel();
        FigureScope figures = scope.scope();
        List<String> stages = new ArrayList<>();
        for (QuoteStage stage : QuoteStage.values()) {
            stages.add(labels.of(stage));
        }
        ChartJson chart = new ChartJson("bar", stages).stacked().horizontal().counts();
        int colour = 0;
        for (String status : QuoteFunnel.STATUSES) {
            List<BigDecimal> data = new ArrayList<>();
            List<String> links = new ArrayList<>();
            String link = ListLinks.to("/quotes.xhtml").with("status", status.toLowerCase(Locale.ROOT))
                    .with("currency", figures.currency()).with("owner", scope.getOwnerParam())
                    .with("createdFrom", created.from()).with("createdTo", created.to()).url();
            for (QuoteStage stage : QuoteStage.values()) {
                long count = created.quotes().of(stage, status);
                data.add(BigDecimal.valueOf(count));
                links.add(count == 0 ? null : link);
            }
            chart.dataset(labels.of("QuoteStatus", status), PALETTE.get(colour++), data, links);
        }
        return chart.json();
    }

    /** Stacked bars, one per week; each segment is one channel's interactions that week. */
    public String getWeeksChart() {
        List<String> weekLabels = new ArrayList<>();
        for (ActivityFigures.Week week : getWeeks()) {
            weekLabels.add(formats.date(week.from()));
        }
        ChartJson chart = new ChartJson("bar", weekLabels).stacked().counts();
        int colour = 0;
        for (Channel channel : Channel.values()) {
            List<BigDecimal> data = new ArrayList<>();
            List<String> links = new ArrayList<>();
            for (ActivityFigures.Week week : getWeeks()) {
                long count = week.of(channel.name());
                data.add(BigDecimal.valueOf(count));
                links.add(count == 0 ? null : ListLinks.to("/communications.xhtml")
                        .with("channel", channel.name().toLowerCase(Locale.ROOT)).with("owner", scope.getOwnerParam())
                        .with("from", week.from()).with("to", week.to()).url());
            }
            chart.dataset(labels.of(channel), PALETTE.get(colour++), data, links);
        }
        return chart.json();
    }
}
