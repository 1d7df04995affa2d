package org.crmir.payment.web;

import static org.crmir.shared.web.UserActions.attempt;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.crmir.payment.GatewayEvent;
import org.crmir.payment.GatewayEventFilter;
import org.crmir.payment.GatewayEventRow;
import org.crmir.payment.GatewayEventStatus;
import org.crmir.payment.OpenInvoiceChoice;
import org.crmir.payment.Payment;
import org.crmir.payment.Receivables;
import org.crmir.payment.ReconciliationService;
import org.crmir.payment.UnallocatedPayment;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.api.QueryValues;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.UrlFilters;
import org.primefaces.PrimeFaces;

/**
 * The reconciliation page: gateway events and their outcomes (with Retry), money not yet applied to invoices
 * (with Allocate), and the receivables per currency, which re-read when a payment is pushed. It is also the list
 * of gateway events the dashboard links to, with URL parameters status (an outcome in lower case) and gateway,
 * which fill the events' filter fields.
 */
@Named
@ViewScoped
public class ReconciliationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReconciliationService reconciliation;

    private final UrlFilters url = new UrlFilters();
    private GatewayEventStatus status;
    private String gateway;
    private LocalDate from;
    private LocalDate to;
    private String currency;
    private PagedModel<GatewayEventRow> events;
    private PagedModel<UnallocatedPayment> unallocated;
    private List<Receivables> receivables;

    private String payload;
    private String payloadTitle;
    private Long allocatingPayment;
    private String allocatingLabel;
    private List<OpenInvoiceChoice> invoiceChoices = List.of();
    private Long invoiceId;
    private BigDecimal amount;

    @PostConstruct
    void init() {
        events = PagedModel.ofPages(page -> reconciliation.events(filter(), page), GatewayEventRow::id);
        unallocated = PagedModel.ofPages(page -> reconciliation.unallocated(currency, page),
                UnallocatedPayment::paymentId);
        refreshFigures();
    }

    /** Fills the events' filter fields from the URL, once, on the first request. */
    public void applyUrl() {
        status = url.read("status", (n, v) -> QueryValues.oneOf(n, v, GatewayEventStatus.class));
        gateway = url.read("gateway", (n, v) -> {
            if (v.strip().length() > 20) {
                throw new InvalidInputException(n, "must be a gateway's name such as stripe or mpesa");
            }
            return v.strip().toLowerCase(Locale.ROOT);
        });
    }

    GatewayEventFilter filter() {
        return new GatewayEventFilter(status, gateway, from, to);
    }

    /** Reads the receivables again (on load and when a payment is pushed). */
    public void refreshFigures() {
        receivables = reconciliation.receivables();
    }

    public boolean retryable(GatewayEventRow row) {
        return row.retryable(Instant.now().minus(ReconciliationService.STUCK_AFTER));
    }

    public void retry(GatewayEventRow row) {
        act(() -> {
            GatewayEvent event = reconciliation.retry(row.id());
            Messages.info("Event " + event.getEventId() + " is queued again; it will be processed once.");
        });
    }

    public void showPayload(GatewayEventRow row) {
        act(() -> {
            payload = reconciliation.payload(row.id());
            payloadTitle = row.gateway() + " " + row.eventId();
        });
    }

    public void startAllocation(UnallocatedPayment row) {
        act(() -> {
            allocatingPayment = row.paymentId();
            allocatingLabel = "Payment of " + row.amount() + " from " + row.clientName() + ": " + row.unallocated()
                    + " unallocated";
            invoiceChoices = reconciliation.openInvoicesFor(row.paymentId());
            invoiceId = invoiceChoices.isEmpty() ? null : invoiceChoices.get(0).invoiceId();
            amount = null;
        });
    }

    public void allocateOldestFirst(UnallocatedPayment row) {
        act(() -> {
            Payment payment = reconciliation.allocateOldestFirst(row.paymentId());
            Messages.info("Applied oldest due first; " + payment.getUnallocated() + " left unallocated.");
            refreshFigures();
        });
    }

    public void allocateToChosen() {
        act(() -> {
            if (allocatingPayment == null || invoiceId == null) {
                throw new InvalidInputException("invoice", "choose an invoice");
            }
            Payment payment = reconciliation.allocateTo(allocatingPayment, invoiceId, amount);
            Messages.info("Applied; " + payment.getUnallocated() + " left unallocated.");
            PrimeFaces.current().executeScript("PF('allocateDialog').hide()");
            refreshFigures();
        });
    }

    private void act(Runnable action) {
        attempt(action, "Only finance and administrators may do this.");
    }

    public GatewayEventStatus[] getStatuses() { return GatewayEventStatus.values(); }
    public PagedModel<GatewayEventRow> getEvents() { return events; }
    public PagedModel<UnallocatedPayment> getUnallocated() { return unallocated; }
    public List<Receivables> getReceivables() { return receivables; }
    public UrlFilters getUrl() { return url; }
    public GatewayEventStatus getStatus() { return status; }
    public void setStatus(GatewayEventStatus status) { this.status = status; }
    public String getGateway() { return gateway; }
    public void setGateway(String gateway) { this.gateway = gateway; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getPayload() { return payload; }
    public String getPayloadTitle() { return payloadTitle; }
    public String getAllocatingLabel() { return allocatingLabel; }
    public List<OpenInvoiceChoice> getInvoiceChoices() { return invoiceChoices; }
    public Long getInvoiceId() { return invoiceId; }
    public void setInvoiceId(Long invoiceId) { this.invoiceId = invoiceId; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
}
