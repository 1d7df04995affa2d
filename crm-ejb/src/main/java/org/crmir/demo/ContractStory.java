package org.crmir.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.crmir.contract.BillingSchedule;
import org.crmir.contract.Contract;
import org.crmir.contract.ContractDraft;
import org.crmir.contract.ContractInvoice;
import org.crmir.contract.ContractQueries;
import org.crmir.contract.ContractService;
import org.crmir.contract.InvoiceMode;
import org.crmir.contract.MilestoneInput;
import org.crmir.demo.DemoCast.DemoProduct;
import org.crmir.demo.DemoClients.DemoClient;
import org.crmir.demo.SalesStory.Ref;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceService;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.LineInput;
import org.crmir.shared.PageRequest;

/**
 * Service contracts of one load: a year's term from the first of a month, billed monthly, quarterly or yearly by
 * the contract billing run, most renewing themselves, some amended mid-term (a new revision), one ended early,
 * one left to expire, one ending within the month past its notice deadline, one still a draft; each with an
 * important date or two. The invoices billing makes are collected like the others, once the nightly run made them.
 */
final class ContractStory {

    private final ContractService contracts;
    private final ContractQueries queries;
    private final InvoiceService invoices;
    private final PaymentStory payments;
    private final DemoActors actors;
    private final Random random;
    private final List<Signed> signed = new ArrayList<>();
    private final Set<Long> collected = new HashSet<>();

    private record Signed(DemoClient client, Ref contract) {
    }

    ContractStory(ContractService contracts, ContractQueries queries, InvoiceService invoices,
            PaymentStory payments, DemoActors actors, Random random) {
        this.contracts = contracts;
        this.queries = queries;
        this.invoices = invoices;
        this.payments = payments;
        this.actors = actors;
        this.random = random;
    }

    /** Plans the contracts of every second company client, up to {@code max}. */
    void plan(Timeline timeline, List<DemoClient> clients, List<DemoProduct> products, int max) {
        LocalDate today = timeline.today();
        List<DemoClient> companies = clients.stream().filter(DemoClient::company).toList();
        for (int k = 0; k < max && 2 * k < companies.size(); k++) {
            DemoClient client = companies.get(2 * k);
            LocalDate start = client.since().plusMonths(1 + random.nextInt(4)).withDayOfMonth(1);
            if (k == 0) {
                start = today.minusMonths(11).withDayOfMonth(1); // ends this month, notice deadline passed
            }
            boolean lastOne = k == max - 1 || 2 * k + 2 >= companies.size();
            if (lastOne) {
                start = today.plusMonths(1).withDayOfMonth(1);
            }
            if (start.isAfter(today.plusMonths(1))) {
                continue;
            }
            BillingSchedule schedule = BillingSchedule.values()[k % 3];
            boolean autoRenew = k != 0 && k != 3;
            InvoiceMode mode = k % 5 == 4 ? InvoiceMode.DRAFT : InvoiceMode.ISSUED;
            Ref contract = new Ref();
            LocalDate drafted = lastOne ? today.minusDays(6) : start.minusDays(21).isBefore(client.since())
                    ? client.since() : start.minusDays(21);
            ContractDraft draft = draft(client, products, start, start.plusMonths(12).minusDays(1), schedule, mode,
                    autoRenew, k == 0 ? 60 : 30, BigDecimal.ONE, drafted);
            timeline.at(drafted, 13, random.nextInt(60), "contract draft for " + client.name(),
                    () -> contract.id = actors.as(client.owner(), () -> contracts.createDraft(draft).getId()));
            if (lastOne) {
                continue; // still being negotiated
            }
            signed.add(new Signed(client, contract));
            timeline.at(start.minusDays(3), 12, random.nextInt(60), "activate contract",
                    () -> actors.run(client.owner(), () -> contracts.activate(contract.id)));
            if (k % 4 == 1) {
                LocalDate amendedFrom = start.plusMonths(5);
                ContractDraft amended = draft(client, products, amendedFrom, start.plusMonths(12).minusDays(1),
                        schedule, mode, autoRenew, 30, new BigDecimal("1.15"), amendedFrom.minusDays(1));
                timeline.at(amendedFrom.minusDays(1), 10, 20, "amend contract", () -> actors.run(client.owner(), () -> {
                    Contract amendment = contracts.amend(contract.id);
                    contracts.updateDraft(amendment.getId(), amendment.getVersion(), amended);
                    contracts.activate(amendment.getId());
                    contract.id = amendment.getId();
                }));
            }
            if (k == 2) {
                LocalDate lastDay = start.plusMonths(8).minusDays(1);
                timeline.at(lastDay.minusDays(20), 16, 45, "terminate contract", () -> actors.run(client.owner(),
                        () -> contracts.terminate(contract.id, lastDay, "The client moved its hosting in-house")));
            }
        }
    }

    /** After a billing run: plans the collection of the invoices it made (and the issue of those made as drafts). */
    void collect(Timeline timeline) {
        for (Signed contract : signed) {
            if (contract.contract().id == null) {
                continue;
            }
            for (ContractInvoice billed : queries.invoicesOf(contract.contract().id, PageRequest.first(60))) {
                if (!collected.add(billed.invoiceId())) {
                    continue;
                }
                Ref invoice = new Ref();
                invoice.id = billed.invoiceId();
                Invoice made = invoices.find(billed.invoiceId());
                if (made.getStatus() == InvoiceStatus.DRAFT) {
                    // finance looks the draft over and issues it two days later
                    LocalDate issueOn = LocalDate.ofInstant(made.getCreatedAt(), ZoneOffset.UTC).plusDays(2);
                    timeline.at(issueOn, 9, 5, "issue contract invoice",
                            () -> actors.finance(() -> invoices.issue(invoice.id)));
                    payments.plan(timeline, contract.client(), invoice, issueOn, random);
                } else {
                    payments.plan(timeline, contract.client(), invoice, made.getIssueDate(), random);
                }
            }
        }
    }

    private ContractDraft draft(DemoClient client, List<DemoProduct> products, LocalDate start, LocalDate end,
            BillingSchedule schedule, InvoiceMode mode, boolean autoRenew, int noticeDays, BigDecimal uplift,
            LocalDate signedOn) {
        List<LineInput> lines = new ArrayList<>();
        BigDecimal perPeriod = BigDecimal.ZERO;
        int months = schedule == BillingSchedule.MONTHLY ? 1 : schedule == BillingSchedule.QUARTERLY ? 3 : 12;
        for (DemoProduct product : products) {
            boolean monthly = "month".equals(product.unit());
            boolean licence = product.sku().equals("DEMO-LICENCE");
            if (!(schedule == BillingSchedule.YEARLY ? licence : monthly)) {
                continue;
            }
            BigDecimal quantity = BigDecimal.valueOf(licence ? 10 + random.nextInt(30) : months);
            BigDecimal price = DemoCast.priceIn(client.currency(), product.euros()).multiply(uplift)
                    .setScale(0, java.math.RoundingMode.HALF_UP);
            // the catalog prices in euros, and a contract takes lines in its own currency only
            Long productId = "EUR".equals(client.currency()) ? product.id() : null;
            lines.add(new LineInput(productId, product.name(), quantity, product.unit(), price, BigDecimal.ZERO,
                    SalesStory.taxRate(client.currency())));
            perPeriod = perPeriod.add(quantity.multiply(price));
        }
        BigDecimal yearly = perPeriod.multiply(BigDecimal.valueOf(12 / months));
        List<MilestoneInput> milestones = List.of(new MilestoneInput("Kick-off review", start.plusMonths(1)),
                new MilestoneInput("Price review", end.minusDays(45)));
        return new ContractDraft(client.id(), "Managed services " + start.getYear() + ": " + client.name(),
                client.owner(), start, end, noticeDays, autoRenew, autoRenew ? 12 : null, 30, yearly,
                "<p>Service levels as in the <b>schedule</b>; fees invoiced in advance for each period.</p>",
                "Anna Berg, managing director", signedOn, schedule, mode, lines, milestones);
    }
}
