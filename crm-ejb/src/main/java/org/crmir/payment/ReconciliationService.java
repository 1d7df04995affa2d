package org.crmir.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.figures.FigureChange;
import org.crmir.figures.FigureScope;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.figures.ReceivablesFigures;
import org.crmir.identity.Role;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.Caller;
import org.crmir.shared.CappedCount;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;

/**
 * Reconciliation, for finance and administrators: what the gateways sent and what became of it (processed,
 * duplicate, rejected or failed, and why), retrying what failed, the money not yet applied to invoices and
 * applying it, and the receivables per currency. Every list is paged in the database.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
public class ReconciliationService {

    /** An event still RECEIVED after this long has lost its message (or its processor): it may be retried. */
    public static final Duration STUCK_AFTER = Duration.ofMinutes(5);

    private static final List<InvoiceStatus> OPEN = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.OVERDUE);

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    JMSContext jms;

    @Inject
    Figures figures;

    @Resource(lookup = "java:/jms/queue/crm.payments")
    Queue payments;

    @Inject
    AuditTrail audit;

    @EJB
    PaymentService paymentService;

    @EJB
    ReceivablesFigures receivablesFigures;

    /** Gateway events, newest first, one page, with their attempts, duplicates and linked invoices. */
    public Page<GatewayEventRow> events(GatewayEventFilter filter, PageRequest page) {
        Where where = where(filter == null ? GatewayEventFilter.none() : filter);
        TypedQuery<Object[]> query = em.createQuery("SELECT e.id, e.gateway, e.eventId, e.eventType, e.receivedAt,"
                + " e.status, e.outcome, t.failures, t.lastError, t.duplicates, e.paymentId FROM GatewayEvent e"
                + " LEFT JOIN GatewayEventAttempts t ON t.eventId = e.id" + where.jpql
                + " ORDER BY e.receivedAt DESC, e.id DESC", Object[].class);
        where.parameters.forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        Map<Long, List<Object[]>> invoices = invoicesOfPayments(rows.stream().map(r -> (Long) r[10])
                .filter(java.util.Objects::nonNull).toList());
        List<GatewayEventRow> items = new ArrayList<>();
        for (Object[] r : rows) {
            List<Object[]> paid = r[10] == null ? List.of() : invoices.getOrDefault((Long) r[10], List.of());
            items.add(new GatewayEventRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Instant) r[4],
                    (GatewayEventStatus) r[5], (String) r[6], r[7] == null ? 0 : (Integer) r[7], (String) r[8],
                    r[9] == null ? 0 : (Integer) r[9], (Long) r[10],
                    paid.isEmpty() ? null : paid.stream().map(i -> (String) i[2]).collect(Collectors.joining(", ")),
                    paid.isEmpty() ? null : (Long) paid.get(0)[1]));
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM GatewayEvent e" + where.jpql, Long.class);
        where.parameters.forEach(count::setParameter);
        return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
    }

    /** The invoices each payment was applied to: one query for the whole page. */
    private Map<Long, List<Object[]>> invoicesOfPayments(List<Long> paymentIds) {
        if (paymentIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT a.paymentId, i.id, i.number FROM Allocation a, Invoice i"
                        + " WHERE i.id = a.invoiceId AND a.paymentId IN :ids AND a.reversed = FALSE ORDER BY a.id",
                        Object[].class).setParameter("ids", paymentIds).getResultList();
        Map<Long, List<Object[]>> byPayment = new HashMap<>();
        for (Object[] row : rows) {
            byPayment.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
        }
        return byPayment;
    }

    /** The event's body exactly as the gateway sent it. */
    public String payload(long eventId) {
        return find(eventId).getPayload();
    }

    /**
     * Processes a FAILED (or stuck) event again: it becomes RECEIVED and is queued on {@code crm.payments} in this
     * transaction, so both happen or neither. The processor takes it once: it locks the event and acts only on a
     * pending one.
     */
    public GatewayEvent retry(long eventId) {
        GatewayEvent event = em.find(GatewayEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            throw new NotFoundException("Gateway event", eventId);
        }
        Map<String, String> before = snapshot(event);
        FigureChange figuresMoving = figures.changingStatus(FigureSource.GATEWAY_EVENT, eventId, event.getStatus(),
                GatewayEventStatus.RECEIVED);
        event.retry(Instant.now().minus(STUCK_AFTER));
        figuresMoving.apply();
        jms.createProducer().setProperty("kind", GatewayIntake.KIND).setProperty(GatewayIntake.EVENT_PROPERTY,
                event.getId()).send(payments, event.getEventId());
        audit.record(Caller.nameOf(context), "GatewayEvent", event.getId(), AuditAction.UPDATE, before,
                snapshot(event));
        return event;
    }

    /**
     * Recorded payments with money not yet applied, newest first (what just came in is what finance looks for, as
     * in the gateway events above it), one page; {@code currency} may narrow.
     */
    public Page<UnallocatedPayment> unallocated(String currency, PageRequest page) {
        // open_credit (V77) is indexed: the page and the capped count read the payments with credit, not all
        String where = " WHERE p.kind = :kind AND p.status = :recorded AND p.openCredit > 0"
                + (currency == null || currency.isBlank() ? "" : " AND p.currency = :currency");
        TypedQuery<Object[]> query = em.createQuery("SELECT p.id, p.clientId, c.name, p.receivedOn, p.method,"
                + " p.reference, p.amount, p.openCredit, p.currency FROM Payment p, Client c" + where
                + " AND c.id = p.clientId ORDER BY p.receivedOn DESC, p.id DESC", Object[].class);
        TypedQuery<Long> matching = em.createQuery("SELECT p.id FROM Payment p" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, matching)) {
            q.setParameter("kind", PaymentKind.PAYMENT).setParameter("recorded", PaymentStatus.RECORDED);
            if (currency != null && !currency.isBlank()) {
                q.setParameter("currency", currency);
            }
        }
        List<UnallocatedPayment> items = new ArrayList<>();
        for (Object[] r : query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
            String cur = (String) r[8];
            items.add(new UnallocatedPayment((Long) r[0], (Long) r[1], (String) r[2], (LocalDate) r[3],
                    (PaymentMethod) r[4], (String) r[5], Money.rounded((BigDecimal) r[6], cur),
                    Money.rounded((BigDecimal) r[7], cur)));
        }
        return new Page<>(items, CappedCount.of(em, matching), page.offset(), page.limit());
    }

    /** The open invoices of the payment's client in its currency, oldest due first (at most 100), to choose from. */
    public List<OpenInvoiceChoice> openInvoicesFor(long paymentId) {
        Payment payment = paymentService.find(paymentId);
        List<Object[]> rows = em.createQuery("SELECT i.id, i.number, i.dueDate, i.total - (i.creditedTotal"
                        + " + i.paidTotal) FROM Invoice i WHERE i.clientId = :client AND i.currency = :currency"
                        + " AND i.status IN :open ORDER BY i.dueDate, i.id", Object[].class)
                .setParameter("client", payment.getClientId()).setParameter("currency", payment.getCurrency())
                .setParameter("open", OPEN).setMaxResults(100).getResultList();
        return rows.stream().map(r -> new OpenInvoiceChoice((Long) r[0], (String) r[1], (LocalDate) r[2],
                Money.rounded((BigDecimal) r[3], payment.getCurrency()))).toList();
    }

    /** Applies what is left on a payment to the client's open invoices, oldest due first. */
    public Payment allocateOldestFirst(long paymentId) {
        return paymentService.allocateAutomatically(paymentId);
    }

    /** Applies {@code amount} of a payment's unallocated money to one invoice (all that fits when null). */
    public Payment allocateTo(long paymentId, long invoiceId, BigDecimal amount) {
        Payment payment = paymentService.find(paymentId);
        OpenInvoiceChoice invoice = openInvoicesFor(paymentId).stream().filter(i -> i.invoiceId() == invoiceId)
                .findFirst().orElseThrow(() -> new InvalidInputException("invoice",
                        "choose an open invoice of the payment's client in " + payment.getCurrency()));
        Money part;
        if (amount == null) {
            part = invoice.balance().isGreaterThan(payment.getUnallocated()) ? payment.getUnallocated()
                    : invoice.balance();
        } else {
            if (amount.scale() > Money.digitsOf(payment.getCurrency())) {
                throw new InvalidInputException("amount", "has at most " + Money.digitsOf(payment.getCurrency())
                        + " decimals in " + payment.getCurrency());
            }
            part = Money.of(amount, payment.getCurrency());
            if (part.isGreaterThan(invoice.balance())) {
                throw new InvalidInputException("amount", "is more than the " + invoice.balance()
                        + " invoice " + invoice.number() + " still owes");
            }
        }
        return paymentService.allocate(paymentId, Map.of(invoiceId, part));
    }

    /**
     * Receivables per currency: what open invoices owe and the part past its due date, as the dashboard's summary
     * tables keep them (a sum over every open invoice took 234 ms at a million invoices, on every load of this
     * page), and what was received today (UTC), read from today's payments alone.
     */
    public List<Receivables> receivables() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Money[]> figures = new TreeMap<>();
        for (org.crmir.figures.Receivables owed : receivablesFigures.of(FigureScope.everything(today, today, today))) {
            String currency = owed.currency();
            figures.computeIfAbsent(currency, ReconciliationService::zeros);
            figures.get(currency)[0] = owed.outstanding().amount();
            figures.get(currency)[1] = owed.overdue().amount();
        }
        List<Object[]> received = em.createQuery("SELECT p.currency, SUM(p.amount) FROM Payment p WHERE"
                        + " p.kind = :kind AND p.status = :recorded AND p.receivedOn = :today GROUP BY p.currency",
                        Object[].class)
                .setParameter("kind", PaymentKind.PAYMENT).setParameter("recorded", PaymentStatus.RECORDED)
                .setParameter("today", today).setMaxResults(200).getResultList();
        for (Object[] r : received) {
            String currency = (String) r[0];
            figures.computeIfAbsent(currency, ReconciliationService::zeros);
            figures.get(currency)[2] = Money.rounded(decimal(r[1]), currency);
        }
        List<Receivables> result = new ArrayList<>();
        figures.forEach((currency, m) -> result.add(new Receivables(currency, m[0], m[1], m[2])));
        return result;
    }


    /** A sum as the database answers it (a CASE with a literal 0 may not come back as BigDecimal). */
    private static BigDecimal decimal(Object sum) {
        return sum == null ? BigDecimal.ZERO : sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
    }

    private static Money[] zeros(String currency) {
        return new Money[] {Money.zero(currency), Money.zero(currency), Money.zero(currency)};
    }

    private GatewayEvent find(long eventId) {
        GatewayEvent event = em.find(GatewayEvent.class, eventId);
        if (event == null) {
            throw new NotFoundException("Gateway event", eventId);
        }
        return event;
    }

    private static Map<String, String> snapshot(GatewayEvent event) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", event.getStatus().name());
        fields.put("outcome", event.getOutcome());
        return fields;
    }

    private record Where(String jpql, Map<String, Object> parameters) {
    }

    private static Where where(GatewayEventFilter f) {
        StringBuilder jpql = new StringBuilder(" WHERE e.id IS NOT NULL");
        Map<String, Object> parameters = new HashMap<>();
        if (f.status() != null) {
            jpql.append(" AND e.status = :status");
            parameters.put("status", f.status());
        }
        if (f.gateway() != null && !f.gateway().isBlank()) {
            jpql.append(" AND e.gateway = :gateway");
            parameters.put("gateway", f.gateway().strip());
        }
        if (f.from() != null) {
            jpql.append(" AND e.receivedAt >= :from");
            parameters.put("from", f.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            jpql.append(" AND e.receivedAt < :to");
            parameters.put("to", f.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        return new Where(jpql.toString(), parameters);
    }
}
