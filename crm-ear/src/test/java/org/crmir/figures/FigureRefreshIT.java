package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crmir.identity.Role;
import org.crmir.invoice.InvoiceService;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The figures a user asked for lately are read again after a change, before the user asks again: the dashboard
 * re-read on the change's push (or opened just after it) finds them ready. In Danish kroner, which no other test
 * uses, so that only this test moves these figures.
 */
@ExtendWith(ArquillianExtension.class)
class FigureRefreshIT {

    private static final String DKK = "DKK";

    @EJB
    ReceivablesFigures receivables;

    @EJB
    InvoiceService invoices;

    @EJB
    Fixtures fixtures;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsFinance asFinance;

    @Inject
    FigureCache cache;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void theReceivablesAUserSawAreReadAgainWhenAnInvoiceIsIssuedBeforeTheUserAsks() throws Exception {
        fixtures.usersExist();
        long client = fixtures.clientOwnedBy(Role.ADMIN, "Nyhavn Refresh", c -> c.setCurrency(DKK));
        FigureScope scope = new FigureScope(null, DKK, today.minusMonths(11).withDayOfMonth(1), today, today);
        issued(client, "1000");
        Money before = asAdmin.call(() -> receivables.of(scope)).get(0).outstanding().amount();

        issued(client, "200");

        // Not through the bean: only the kept answer, which the refresher has read by now, or nothing.
        FigureCache.Question asked = new FigureCache.Question(
                ReceivablesFigures.class.getMethod("of", FigureScope.class).toString(), List.of(scope));
        Object refreshed = Eventually.until(Duration.ofSeconds(10), () -> kept(asked), Objects::nonNull);
        @SuppressWarnings("unchecked")
        List<Receivables> figures = (List<Receivables>) refreshed;
        assertEquals(before.plus(Money.of("200", DKK)), figures.get(0).outstanding().amount(),
                "read after the invoice of 200 was issued");
        assertEquals(figures, asAdmin.call(() -> receivables.of(scope)), "what the user's next read gets");
    }

    /** The kept, current answer to this question, or null: asking never reads here. */
    private Object kept(FigureCache.Question question) throws Exception {
        try {
            return cache.answer(question, Set.of(FigureSource.INVOICE), () -> {
                throw new NotKept();
            });
        } catch (NotKept none) {
            return null;
        }
    }

    private static final class NotKept extends Exception {
    }

    private void issued(long client, String amount) throws Exception {
        long id = asAdmin.call(() -> invoices.createDraft(client, List.of(new LineInput(null, "Harbour tour",
                BigDecimal.ONE, null, new BigDecimal(amount), BigDecimal.ZERO, BigDecimal.ZERO)), null, null).getId());
        asFinance.call(() -> invoices.issue(id));
    }
}
