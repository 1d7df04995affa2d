package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmir.client.Client;
import org.crmir.client.ClientService;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Direction;
import org.crmir.communication.NewInteraction;
import org.crmir.invoice.InvoiceService;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentService;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.Fixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client handed to another owner while one of its rows is being written, in a transaction still open: the
 * figures are keyed by the owner, so the row must count for one owner only, whichever transaction commits first.
 * The writer pauses after its change, before its commit, while the owner change runs; afterwards the summary
 * tables agree with their source rows. (CI once caught a payment's receipt note counted for the old owner too.)
 */
@ExtendWith(ArquillianExtension.class)
class OwnerChangeWhileWritingIT {

    /** Long enough for the owner change to reach the client while the writer's transaction is open. */
    private static final long WRITER_PAUSE_MILLIS = 1_500;

    @EJB
    Fixtures fixtures;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    ClientService clients;

    @EJB
    CommunicationService communication;

    @EJB
    InvoiceService invoices;

    @EJB
    PaymentService payments;

    @EJB
    FigureBook book;

    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private long clientId;

    @BeforeEach
    void setUp() throws Exception {
        fixtures.usersExist();
        clientId = fixtures.client("Changing Hands", c -> c.setCurrency("NZD"));
        assertEquals(AsSales.USERNAME, asAdmin.call(() -> clients.find(clientId).getOwner().getUsername()));
    }

    @AfterEach
    void tearDown() {
        writer.shutdownNow();
    }

    @Test
    void aNoteWrittenWhileTheClientChangesHandsCountsForOneOwner() throws Exception {
        whileOpen(() -> asSales.call(() -> communication.record(clientId, new NewInteraction(Channel.NOTE,
                Direction.OUTBOUND, "Us", "Them", "Handover", "Written during the handover", null, null, null,
                null))));
        assertEquals(List.of(), asAdmin.call(() -> book.check()));
    }

    @Test
    void aPaymentRecordedWhileTheClientChangesHandsCountsForOneOwner() throws Exception {
        long invoiceId = asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null, "Audit",
                BigDecimal.ONE, null, new BigDecimal("300.00"), BigDecimal.ZERO, BigDecimal.ZERO)), null, null)
                .getId());
        asFinance.call(() -> invoices.issue(invoiceId));
        whileOpen(() -> asFinance.call(() -> payments.record(clientId, Money.of("120.00", "NZD"),
                PaymentMethod.BANK_TRANSFER, "Handover", LocalDate.now(ZoneOffset.UTC), true)));
        assertEquals(List.of(), asAdmin.call(() -> book.check()));
    }

    @Test
    void anInvoiceDraftedWhileTheClientChangesHandsIsTheNewOwners() throws Exception {
        long[] drafted = new long[1];
        whileOpen(() -> drafted[0] = asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null,
                "Handover", BigDecimal.ONE, null, new BigDecimal("80.00"), BigDecimal.ZERO, BigDecimal.ZERO)), null,
                null)).getId());
        long admin = asAdmin.call(() -> clients.find(clientId).getOwner().getId());
        // the owner filter reads the invoice's own copy of its client's owner (V83)
        assertEquals(admin, asAdmin.call(() -> invoices.find(drafted[0]).getOwnerId()));
    }

    @Test
    void anInvoiceDraftedWhileAHandoverIsOpenWaitsForItAndIsTheNewOwners() throws Exception {
        Client client = asAdmin.call(() -> clients.find(clientId));
        CountDownLatch handedOver = new CountDownLatch(1);
        Future<?> handover = writer.submit(() -> asAdmin.call(() -> {
            clients.update(clientId, client.getVersion(), client, AsAdmin.USERNAME);
            handedOver.countDown();
            Thread.sleep(WRITER_PAUSE_MILLIS); // the client and its invoices stay locked, not yet committed
            return null;
        }));
        assertTrue(handedOver.await(30, TimeUnit.SECONDS), "the handover did not happen");
        long drafted = asSales.call(() -> invoices.createDraft(clientId, List.of(new LineInput(null, "After",
                BigDecimal.ONE, null, new BigDecimal("20.00"), BigDecimal.ZERO, BigDecimal.ZERO)), null, null))
                .getId();
        handover.get(30, TimeUnit.SECONDS);
        long admin = asAdmin.call(() -> clients.find(clientId).getOwner().getId());
        assertEquals(admin, asAdmin.call(() -> invoices.find(drafted).getOwnerId()));
    }

    /**
     * Runs {@code write} in a transaction of its own that stays open {@link #WRITER_PAUSE_MILLIS} after it, and
     * hands the client to the admin meanwhile.
     */
    private void whileOpen(Callable<?> write) throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        Future<?> writing = writer.submit(() -> asAdmin.call(() -> {
            write.call(); // joins this transaction: the roles' beans take the caller's
            written.countDown();
            Thread.sleep(WRITER_PAUSE_MILLIS);
            return null;
        }));
        while (!written.await(100, TimeUnit.MILLISECONDS)) {
            if (writing.isDone()) {
                writing.get(); // says why it failed
                fail("the writer ended without writing");
            }
        }
        Client client = asAdmin.call(() -> clients.find(clientId));
        asAdmin.call(() -> clients.update(clientId, client.getVersion(), client, AsAdmin.USERNAME));
        writing.get(30, TimeUnit.SECONDS);
        assertEquals(AsAdmin.USERNAME, asAdmin.call(() -> clients.find(clientId).getOwner().getUsername()));
    }
}
