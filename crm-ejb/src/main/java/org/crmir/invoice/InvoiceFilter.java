package org.crmir.invoice;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmir.shared.ClientOwner;

/**
 * What the invoice list is narrowed to; null fields (and no statuses) are ignored. Every date range is both
 * inclusive: issue date, due date, and the day the invoice was settled. {@code owner} is the client's owner;
 * {@code productId}: invoices with at least one line of that product or service.
 */
public record InvoiceFilter(Set<InvoiceStatus> statuses, Long clientId, LocalDate issuedFrom, LocalDate issuedTo,
        BigDecimal minTotal, BigDecimal maxTotal, String number, String currency, ClientOwner owner,
        LocalDate dueFrom, LocalDate dueTo, LocalDate paidFrom, LocalDate paidTo, Long productId)
        implements Serializable {

    /** Issued and not settled: what "open" stands for in a list's status filter. */
    public static final Set<InvoiceStatus> OPEN = Arrays.stream(InvoiceStatus.values()).filter(InvoiceStatus::isOpen)
            .collect(Collectors.toUnmodifiableSet());

    /** Issued and not voided, whether settled or not: "billed" (what "invoices issued" counts). */
    public static final Set<InvoiceStatus> BILLED = Set.copyOf(EnumSet.complementOf(EnumSet.of(InvoiceStatus.DRAFT,
            InvoiceStatus.VOID)));

    /** The status filter's names for groups of statuses, beside each status's own name. */
    public static final Map<String, Set<InvoiceStatus>> GROUPS = Map.of("open", OPEN, "billed", BILLED);

    public InvoiceFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** Every filter but the product. */
    public InvoiceFilter(Set<InvoiceStatus> statuses, Long clientId, LocalDate issuedFrom, LocalDate issuedTo,
            BigDecimal minTotal, BigDecimal maxTotal, String number, String currency, ClientOwner owner,
            LocalDate dueFrom, LocalDate dueTo, LocalDate paidFrom, LocalDate paidTo) {
        this(statuses, clientId, issuedFrom, issuedTo, minTotal, maxTotal, number, currency, owner, dueFrom, dueTo,
                paidFrom, paidTo, null);
    }

    /** The filters the list had first: one status (or any), a client, issue dates, totals, the number's start. */
    public InvoiceFilter(InvoiceStatus status, Long clientId, LocalDate issuedFrom, LocalDate issuedTo,
            BigDecimal minTotal, BigDecimal maxTotal, String number) {
        this(status == null ? Set.of() : Set.of(status), clientId, issuedFrom, issuedTo, minTotal, maxTotal, number,
                null, null, null, null, null, null);
    }

    /** Whether the list is narrowed by a product and by nothing else (the dashboard's top products link there). */
    public boolean narrowsByProductAlone() {
        return productId != null && equals(none().withProduct(productId));
    }

    /** This filter narrowed to invoices with a line of {@code product} as well. */
    private InvoiceFilter withProduct(Long product) {
        return new InvoiceFilter(statuses, clientId, issuedFrom, issuedTo, minTotal, maxTotal, number, currency,
                owner, dueFrom, dueTo, paidFrom, paidTo, product);
    }

    public static InvoiceFilter none() {
        return new InvoiceFilter((InvoiceStatus) null, null, null, null, null, null, null);
    }
}
