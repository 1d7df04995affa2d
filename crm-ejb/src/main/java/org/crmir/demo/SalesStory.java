package org.crmir.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crmir.demo.DemoCast.DemoProduct;
import org.crmir.demo.DemoClients.DemoClient;
import org.crmir.invoice.InvoiceService;
import org.crmir.quote.QuoteService;
import org.crmir.shared.LineInput;

/**
 * Quotes and one-off invoices: drafted, sent, accepted, declined, left to expire or converted into invoices,
 * which are issued and then collected (see {@link PaymentStory}). The last weeks keep work in progress: drafts,
 * quotes waiting for an answer, invoices not yet due.
 */
@ApplicationScoped
public class SalesStory {

    private static final List<String> QUOTE_TITLES = List.of("Rollout of the field sensors",
            "Workshop series for the team", "Hosting migration", "Licence renewal and training",
            "Pilot installation", "Second site expansion");

    @EJB
    QuoteService quotes;

    @EJB
    InvoiceService invoices;

    @Inject
    DemoActors actors;

    /** Plans every client's quotes and one-off invoices, and what became of them. */
    void plan(Timeline timeline, List<DemoClient> clients, List<DemoProduct> products, PaymentStory payments,
            Random random) {
        for (DemoClient client : clients) {
            int quoteCount = client.company() ? 1 + random.nextInt(4) : random.nextInt(2);
            for (int q = 0; q < quoteCount; q++) {
                planQuote(timeline, client, products, payments, random, dayIn(client, timeline, random));
            }
            planInvoices(timeline, client, products, payments, random);
        }
        // work in progress at the end, whatever the dice said: a draft, and a quote waiting for its answer
        DemoClient first = clients.get(0);
        DemoClient second = clients.get(1);
        LocalDate today = timeline.today();
        Ref draft = new Ref();
        timeline.at(today.minusDays(1), 15, 5, "quote draft for " + first.name(),
                () -> draft.id = actors.as(first.owner(), () -> quotes.createDraft(first.id(), today.plusDays(29),
                        lines(first, products, random, 2), "Prepared after the site visit", null).getId()));
        DemoClient third = clients.get(2);
        Ref half = new Ref();
        List<LineInput> halfLines = lines(third, products, random, 2);
        timeline.at(today.minusDays(10), 9, 45, "invoice for " + third.name(), () -> actors.finance(() -> {
            half.id = invoices.createDraft(third.id(), halfLines, "Half on order, half on delivery", null).getId();
            invoices.issue(half.id);
        }));
        payments.planHalf(timeline, third, half, today.minusDays(3), random);
        Ref waiting = new Ref();
        List<LineInput> offered = lines(second, products, random, 2);
        timeline.at(today.minusDays(4), 10, 40, "quote for " + second.name(), () -> waiting.id = actors.as(
                second.owner(), () -> quotes.createDraft(second.id(), today.plusDays(26), offered,
                        QUOTE_TITLES.get(0), null).getId()));
        timeline.at(today.minusDays(3), 11, 15, "send quote",
                () -> actors.run(second.owner(), () -> quotes.send(waiting.id)));
        Ref open = new Ref();
        timeline.at(today.minusDays(2), 16, 20, "invoice draft for " + second.name(),
                () -> open.id = actors.as(second.owner(), () -> invoices.createDraft(second.id(),
                        lines(second, products, random, 1), "Extra day agreed by phone", null).getId()));
    }

    private void planQuote(Timeline timeline, DemoClient client, List<DemoProduct> products,
            PaymentStory payments, Random random, LocalDate day) {
        List<LineInput> lines = lines(client, products, random, 1 + random.nextInt(3));
        String title = QUOTE_TITLES.get(random.nextInt(QUOTE_TITLES.size()));
        long age = timeline.today().toEpochDay() - day.toEpochDay();
        double fate = random.nextDouble();
        int answerAfter = 2 + random.nextInt(18);
        int convertAfter = 1 + random.nextInt(4);
        boolean convert = random.nextDouble() < 0.8;
        Ref quote = new Ref();
        String owner = client.owner();
        timeline.at(day, 10, random.nextInt(60), "quote for " + client.name(), () -> quote.id = actors.as(owner,
                () -> quotes.createDraft(client.id(), day.plusDays(30), lines, title,
                        "Valid for 30 days; prices exclude delivery.").getId()));
        if (age < 4 && fate < 0.5) {
            return; // still being written
        }
        timeline.at(day.plusDays(1), 11, random.nextInt(60), "send quote",
                () -> quote.token = actors.as(owner, () -> quotes.send(quote.id).getPublicToken()));
        if (fate < 0.45) {
            LocalDate accepted = day.plusDays(1 + answerAfter);
            timeline.at(accepted, 14, random.nextInt(60), "client accepts quote",
                    () -> quotes.acceptByClient(quote.token));
            if (convert) {
                Ref invoice = new Ref();
                LocalDate converted = accepted.plusDays(convertAfter);
                timeline.at(converted, 9, 30 + random.nextInt(30), "convert quote into invoice", () -> {
                    invoice.id = actors.as(owner, () -> quotes.convert(quote.id).getId());
                    actors.finance(() -> invoices.issue(invoice.id));
                });
                payments.plan(timeline, client, invoice, converted, random);
            }
        } else if (fate < 0.7) {
            timeline.at(day.plusDays(2 + answerAfter), 16, random.nextInt(60), "client declines quote",
                    () -> quotes.declineByClient(quote.token));
        }
        // otherwise no answer: the nightly expiry takes it once its validity has passed
    }

    /** About one invoice in five months per company, fewer for private clients; the last two months denser. */
    private void planInvoices(Timeline timeline, DemoClient client, List<DemoProduct> products,
            PaymentStory payments, Random random) {
        LocalDate today = timeline.today();
        for (LocalDate month = client.since().withDayOfMonth(1); !month.isAfter(today); month = month.plusMonths(1)) {
            boolean recent = month.isAfter(today.minusMonths(2));
            double chance = client.company() ? (recent ? 0.45 : 0.2) : 0.08;
            double dice = random.nextDouble();
            LocalDate day = weekday(month.plusDays(random.nextInt(month.lengthOfMonth())));
            List<LineInput> lines = lines(client, products, random, 1 + random.nextInt(3));
            if (dice >= chance || day.isBefore(client.since()) || day.isAfter(today)) {
                continue;
            }
            Ref invoice = new Ref();
            timeline.at(day, 9, random.nextInt(60), "invoice for " + client.name(), () -> actors.finance(() -> {
                invoice.id = invoices.createDraft(client.id(), lines, null, null).getId();
                invoices.issue(invoice.id);
            }));
            payments.plan(timeline, client, invoice, day, random);
        }
    }

    /** A few lines from the catalog at the client's currency's prices. */
    static List<LineInput> lines(DemoClient client, List<DemoProduct> products, Random random, int count) {
        List<LineInput> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DemoProduct product = products.get(random.nextInt(products.size()));
            int quantity = product.kind() == org.crmir.catalog.ProductKind.SERVICE ? 1 + random.nextInt(5)
                    : 2 + random.nextInt(20);
            BigDecimal discount = random.nextInt(4) == 0 ? new BigDecimal("5") : BigDecimal.ZERO;
            lines.add(new LineInput(product.id(), product.name(), BigDecimal.valueOf(quantity), product.unit(),
                    DemoCast.priceIn(client.currency(), product.euros()), discount, taxRate(client.currency())));
        }
        return lines;
    }

    static BigDecimal taxRate(String currency) {
        return switch (currency) {
            case "USD" -> new BigDecimal("8");
            case "CAD" -> new BigDecimal("13");
            case "KES" -> new BigDecimal("16");
            default -> new BigDecimal("20");
        };
    }

    private static LocalDate dayIn(DemoClient client, Timeline timeline, Random random) {
        long from = client.since().toEpochDay() + 3;
        long span = Math.max(1, timeline.today().toEpochDay() - from);
        return weekday(LocalDate.ofEpochDay(from + (long) (random.nextDouble() * span)));
    }

    static LocalDate weekday(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return day.minusDays(1);
        }
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    /** What a step made, for the steps after it (filled when the step runs). */
    static final class Ref {
        Long id;
        String token;
    }
}
