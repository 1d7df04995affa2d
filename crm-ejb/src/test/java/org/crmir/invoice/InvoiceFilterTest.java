package org.crmir.invoice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which filters the invoice list answers from the product's lines alone (InvoiceQueries). */
class InvoiceFilterTest {

    private static InvoiceFilter product(Set<InvoiceStatus> statuses, Long clientId, LocalDate dueTo, Long productId) {
        return new InvoiceFilter(statuses, clientId, null, null, null, null, null, null, null, null, dueTo, null, null,
                productId);
    }

    @Test
    void aProductAndNothingElse() {
        assertTrue(product(Set.of(), null, null, 7L).narrowsByProductAlone());
        assertTrue(product(null, null, null, 7L).narrowsByProductAlone()); // no statuses is any status
    }

    @Test
    void notWhenAnythingElseNarrowsTheList() {
        assertFalse(product(Set.of(InvoiceStatus.DRAFT), null, null, 7L).narrowsByProductAlone());
        assertFalse(product(Set.of(), 3L, null, 7L).narrowsByProductAlone());
        assertFalse(product(Set.of(), null, LocalDate.of(2026, 12, 31), 7L).narrowsByProductAlone());
    }

    @Test
    void notWithoutAProduct() {
        assertFalse(InvoiceFilter.none().narrowsByProductAlone());
        assertFalse(product(Set.of(), 3L, null, null).narrowsByProductAlone());
    }
}
