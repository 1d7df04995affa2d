package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmir.figures.AgingBucket;
import org.crmir.figures.FigureScope;
import org.crmir.figures.MoneyFigure;
import org.crmir.figures.MoneyFigures;
import org.crmir.figures.MonthMoney;
import org.crmir.figures.RankedClient;
import org.crmir.figures.RankingFigures;
import org.crmir.figures.Receivables;
import org.crmir.shared.web.CurrentUser;
import org.crmir.shared.web.Labels;

/**
 * The dashboard's money charts: invoiced against collected over twelve months and the top clients of the year,
 * one chart per currency; what is owed by age, a bar per currency. Each bar links to the list it adds up.
 */
@Named
@RequestScoped
public class MoneyCharts {

    static final int MONTHS = 12;
    private static final String[] BUCKET_COLOURS = {"#4caf50", "#ffc107", "#ff9800", "#f4511e", "#b71c1c"};

    @EJB
    MoneyFigures money;

    @Inject
    ReceivablesTiles receivablesTiles;

    @EJB
    RankingFigures rankings;

    @Inject
    DashboardScope dashboard;

    @Inject
    CurrentUser currentUser;

    @Inject
    Labels labels;

    private List<ChartView> months;
    private ChartView aging;
    private List<ChartView> clients;

    /** Invoiced and collected per month, one chart per currency. */
    public List<ChartView> getMonths() {
        if (months == null) {
            DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMM yyyy", Labels.viewLocale());
            Map<String, List<MonthMoney>> byCurrency = new LinkedHashMap<>();
            for (MonthMoney month : money.months(dashboard.scope(), MONTHS)) {
                byCurrency.computeIfAbsent(month.currency(), c -> new ArrayList<>()).add(month);
            }
            months = new ArrayList<>();
            byCurrency.forEach((currency, rows) -> {
                List<String> names = rows.stream().map(m -> m.month().format(monthName)).toList();
                months.add(new ChartView("Invoiced and collected, " + currency, currency,
                        new ChartJson("bar", names)
                                .dataset("Invoiced", "#1976d2", amounts(rows, true),
                                        rows.stream().map(m -> issuedLink(currency, m.issued())).toList())
                                .dataset("Collected", "#43a047", amounts(rows, false),
                                        rows.stream().map(m -> collectedLink(currency, m.collected())).toList())
                                .json()));
            });
        }
        return months;
    }

    /** What is owed per currency, stacked by age; null when nothing is. */
    public ChartView getAging() {
        if (aging == null) {
            // The receivables tiles' rows, read once a request for both.
            List<Receivables> rows = receivablesTiles.getRows();
            if (rows.isEmpty()) {
                return null;
            }
            ChartJson chart = new ChartJson("bar", rows.stream().map(Receivables::currency).toList()).stacked();
            for (AgingBucket bucket : AgingBucket.values()) {
                chart.dataset(labels.of(bucket), BUCKET_COLOURS[bucket.ordinal()],
                        rows.stream().map(r -> r.aging().get(bucket).amount().amount()).toList(),
                        rows.stream().map(r -> ListLinks.invoices().with("status", "open")
                                .with("currency", r.currency()).with("dueFrom", r.aging().get(bucket).dueFrom())
                                .with("dueTo", r.aging().get(bucket).dueTo()).with("owner", dashboard.getOwnerParam())
                                .url()).toList());
            }
            aging = new ChartView("What is owed, by age", null, chart.json());
        }
        return aging;
    }

    /** The year's top clients by revenue before tax, one chart per currency. */
    public List<ChartView> getClients() {
        if (clients == null) {
            FigureScope scope = dashboard.scope();
            LocalDate yearStart = scope.today().withDayOfYear(1);
            Map<String, List<RankedClient>> byCurrency = new LinkedHashMap<>();
            for (RankedClient client : rankings.topClients(scope)) {
                byCurrency.computeIfAbsent(client.currency(), c -> new ArrayList<>()).add(client);
            }
            clients = new ArrayList<>();
            byCurrency.forEach((currency, rows) -> clients.add(new ChartView(
                    "Top clients " + scope.today().getYear() + ", " + currency + " before tax", currency,
                    new ChartJson("bar", rows.stream().map(RankedClient::name).toList()).horizontal()
                            .dataset("Revenue", "#5e35b1", rows.stream().map(c -> c.revenue().amount()).toList(),
                                    rows.stream().map(c -> ListLinks.invoices().with("status", "billed")
                                            .with("client", c.clientId())
                                            .with("currency", currency).with("issuedFrom", yearStart)
                                            .with("issuedTo", scope.today()).url()).toList())
                            .json())));
        }
        return clients;
    }

    private static List<BigDecimal> amounts(List<MonthMoney> rows, boolean issued) {
        return rows.stream().map(m -> (issued ? m.issued() : m.collected()).amount().amount()).toList();
    }

    private String issuedLink(String currency, MoneyFigure issued) {
        return ListLinks.invoices().with("status", "billed").with("currency", currency)
                .with("issuedFrom", issued.from())
                .with("issuedTo", issued.to()).with("owner", dashboard.getOwnerParam()).url();
    }

    /** The payments list is finance's: others see the bar without a link. */
    private String collectedLink(String currency, MoneyFigure collected) {
        if (!currentUser.isFinance()) {
            return null;
        }
        return ListLinks.payments().with("currency", currency).with("receivedFrom", collected.from())
                .with("receivedTo", collected.to()).with("owner", dashboard.getOwnerParam()).url();
    }
}
