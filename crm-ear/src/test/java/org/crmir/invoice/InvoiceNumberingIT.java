package org.crmir.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.crmir.settings.CompanySettings;
import org.crmir.settings.SettingsService;
import org.crmir.shared.LineInput;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Fixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gapless invoice numbers: unique and consecutive under concurrency, from a series' first number (whose counter
 * row does not exist yet), and given back by an issue that rolls back.
 */
@ExtendWith(ArquillianExtension.class)
class InvoiceNumberingIT {

    @EJB
    InvoiceService invoices;

    @EJB
    SettingsService settings;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsViewer asViewer;

    @EJB
    Fixtures fixtures;

    private long clientId;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        clientId = fixtures.client("Numbering Co", client -> client.setPaymentTermsDays(30));
    }

    private static List<LineInput> lines() {
        return List.of(new LineInput(null, "Audit", new BigDecimal("2"), "h", new BigDecimal("120"),
                BigDecimal.ZERO, new BigDecimal("19")));
    }

    @Test
    void fiveHundredInvoicesIssuedBySixteenCallersGetExactlyTheNumbersOneToFiveHundred() throws Exception {
        withNewSeries(series -> {
            List<Long> drafts = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                drafts.add(asSales.call(() -> invoices.createDraft(clientId, lines(), null, null).getId()));
            }
            ExecutorService callers = Executors.newFixedThreadPool(16);
            List<Future<String>> issued = new ArrayList<>();
            for (long id : drafts) {
                issued.add(callers.submit(() -> asFinance.call(() -> invoices.issue(id)).getNumber()));
            }
            Set<Long> values = new TreeSet<>();
            for (Future<String> number : issued) {
                String n = number.get(120, TimeUnit.SECONDS);
                assertTrue(n.startsWith(series + "-" + today.getYear() + "-"), n);
                values.add(Long.parseLong(n.substring(n.lastIndexOf('-') + 1)));
            }
            callers.shutdown();
            assertEquals(500, values.size());
            assertEquals(1L, ((TreeSet<Long>) values).first());
            assertEquals(500L, ((TreeSet<Long>) values).last());
        });
    }

    @Test
    void anIssueThatRollsBackGivesItsNumberBack() throws Exception {
        withNewSeries(series -> {
            long first = asSales.call(() -> invoices.createDraft(clientId, lines(), null, null).getId());
            long second = asSales.call(() -> invoices.createDraft(clientId, lines(), null, null).getId());
            UserTransaction caller = InitialContext.doLookup("java:comp/UserTransaction");
            caller.begin();
            try {
                assertEquals(series + "-" + today.getYear() + "-000001",
                        asFinance.call(() -> invoices.issue(first)).getNumber());
            } finally {
                caller.rollback();
            }
            assertEquals(InvoiceStatus.DRAFT, asViewer.call(() -> invoices.find(first)).getStatus());
            assertEquals(null, asViewer.call(() -> invoices.find(first)).getNumber());
            assertEquals(series + "-" + today.getYear() + "-000001",
                    asFinance.call(() -> invoices.issue(second)).getNumber());
            assertEquals(series + "-" + today.getYear() + "-000002",
                    asFinance.call(() -> invoices.issue(first)).getNumber());
        });
    }

    private interface SeriesWork {
        void run(String series) throws Exception;
    }

    /** Runs {@code work} with a new invoice series (no counter row yet), then puts "INV" back. */
    private void withNewSeries(SeriesWork work) throws Exception {
        // Ten capital letters (the most a series takes): four from A to F once gave both tests the same series.
        String series = java.util.concurrent.ThreadLocalRandom.current().ints(10, 'A', 'Z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        CompanySettings current = asViewer.call(() -> settings.current());
        asAdmin.call(() -> settings.update(current.getVersion(), current.getCompanyName(), current.getAddress(),
                current.getTaxId(), current.getEmail(), current.getPhone(), current.getPaymentInstructions(),
                series, current.getBankDetails()));
        try {
            work.run(series);
        } finally {
            CompanySettings now = asViewer.call(() -> settings.current());
            asAdmin.call(() -> settings.update(now.getVersion(), now.getCompanyName(), now.getAddress(),
                    now.getTaxId(), now.getEmail(), now.getPhone(), now.getPaymentInstructions(), "INV",
                    now.getBankDetails()));
        }
    }
}
