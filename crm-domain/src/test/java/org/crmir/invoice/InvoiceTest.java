package org.crmir.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final java.time.LocalDate PAID_ON = java.time.LocalDate.of(2026, 3, 2);

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static LineInput line(String qty, String price, String discount, String tax) {
        return new LineInput(null, "Consulting", new BigDecimal(qty), "h", new BigDecimal(price),
                new BigDecimal(discount), new BigDecimal(tax));
    }

    private static Invoice draft() {
        Invoice invoice = new Invoice(7L, "EUR", 14, "sam", NOW);
        invoice.replaceLines(List.of(line("3", "33.33", "10", "19"), line("1.5", "100", "0", "7")));
        return invoice;
    }

    @Test
    void totalsFollowTheRoundingRule() {
        Invoice invoice = draft();
        // line 1: 99.99 - 10.00 (9.999 rounded) = 89.99; tax 19 % = 17.0981 → 17.10; total 107.09
        // line 2: 150.00; tax 7 % = 10.50; total 160.50
        assertEquals(Money.of("249.99", "EUR"), invoice.getSubtotal());
        assertEquals(Money.of("10.00", "EUR"), invoice.getDiscountTotal());
        assertEquals(Money.of("27.60", "EUR"), invoice.getTaxTotal());
        assertEquals(Money.of("267.59", "EUR"), invoice.getTotal());
        assertEquals(Money.of("17.10", "EUR"), invoice.totals().taxByRate().get(new BigDecimal("19")));
    }

    @Test
    void badLinesAreRefused() {
        Invoice invoice = new Invoice(7L, "EUR", 14, "sam", NOW);
        assertEquals("quantity", assertThrows(InvalidInputException.class,
                () -> invoice.addLine(line("0", "1", "0", "0"))).getField());
        assertEquals("unitPrice", assertThrows(InvalidInputException.class,
                () -> invoice.addLine(line("1", "-1", "0", "0"))).getField());
        assertEquals("taxRate", assertThrows(InvalidInputException.class,
                () -> invoice.addLine(line("1", "1", "0", "101"))).getField());
        assertEquals("unitPrice", assertThrows(InvalidInputException.class,
                () -> invoice.addLine(line("1", "1.005", "0", "0"))).getField());
        assertTrue(invoice.getLines().isEmpty());
        Invoice yen = new Invoice(7L, "JPY", 14, "sam", NOW);
        assertThrows(InvalidInputException.class, () -> yen.addLine(line("1", "100.5", "0", "0")));
    }

    @Test
    void issuingFreezesTheInvoiceAndSetsTheDueDate() {
        Invoice invoice = draft();
        invoice.issue("INV-2026-000001", LocalDate.of(2026, 11, 26));
        assertEquals(InvoiceStatus.ISSUED, invoice.getStatus());
        assertEquals(LocalDate.of(2026, 12, 10), invoice.getDueDate());
        RuleViolationException frozen = assertThrows(RuleViolationException.class,
                () -> invoice.addLine(line("1", "1", "0", "0")));
        assertTrue(frozen.getMessage().contains("credit note"), frozen.getMessage());
        assertThrows(RuleViolationException.class, () -> invoice.issue("INV-2026-000002", LocalDate.now()));
    }

    @Test
    void issuingInTwoStepsNumbersOnceAndOnlyAnIssuedInvoice() {
        Invoice invoice = draft();
        assertThrows(IllegalStateException.class, () -> invoice.numbered("INV-2026-000001"));
        invoice.issueOn(LocalDate.of(2026, 11, 26));
        assertEquals(InvoiceStatus.ISSUED, invoice.getStatus());
        assertEquals(LocalDate.of(2026, 12, 10), invoice.getDueDate());
        assertEquals(null, invoice.getNumber());
        invoice.numbered("INV-2026-000001");
        assertEquals("INV-2026-000001", invoice.getNumber());
        assertThrows(IllegalStateException.class, () -> invoice.numbered("INV-2026-000002"));
        assertEquals("INV-2026-000001", invoice.getNumber());
    }

    @Test
    void anEmptyDraftCannotBeIssued() {
        Invoice invoice = new Invoice(7L, "EUR", 14, "sam", NOW);
        assertThrows(RuleViolationException.class, invoice::checkIssuable);
    }

    @Test
    void overdueOnlyAfterTheDueDate() {
        Invoice invoice = draft();
        invoice.issue("INV-2026-000001", LocalDate.of(2026, 11, 1));
        assertEquals(false, invoice.markOverdue(LocalDate.of(2026, 11, 15)));
        assertEquals(true, invoice.markOverdue(LocalDate.of(2026, 11, 16)));
        assertEquals(InvoiceStatus.OVERDUE, invoice.getStatus());
    }

    @Test
    void creditNotesReduceTheBalanceAndCannotExceedIt() {
        Invoice invoice = draft();
        invoice.issue("INV-2026-000001", LocalDate.of(2026, 11, 26));
        invoice.credit(Money.of("67.59", "EUR"), PAID_ON);
        assertEquals(Money.of("200.00", "EUR"), invoice.getBalance());
        assertThrows(InvalidInputException.class, () -> invoice.credit(Money.of("200.01", "EUR"), PAID_ON));
        assertThrows(RuleViolationException.class, () -> invoice.credit(Money.of("1", "USD"), PAID_ON));
        invoice.credit(Money.of("200", "EUR"), PAID_ON);
        assertEquals(InvoiceStatus.PAID, invoice.getStatus());
        assertThrows(RuleViolationException.class, invoice::voidInvoice);
    }

    @Test
    void anUnpaidIssuedInvoiceCanBeVoidedAndKeepsItsNumber() {
        Invoice invoice = draft();
        invoice.issue("INV-2026-000009", LocalDate.of(2026, 11, 26));
        invoice.voidInvoice();
        assertEquals(InvoiceStatus.VOID, invoice.getStatus());
        assertEquals("INV-2026-000009", invoice.getNumber());
        assertThrows(RuleViolationException.class, invoice::voidInvoice);
    }
}
