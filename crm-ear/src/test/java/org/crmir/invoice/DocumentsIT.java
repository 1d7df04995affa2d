package org.crmir.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.crmir.client.ClientService;
import org.crmir.quote.PublicQuote;
import org.crmir.quote.Quote;
import org.crmir.quote.QuoteService;
import org.crmir.quote.QuoteStatus;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Fixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Quotes, invoices and credit notes through their lifecycles (numbering: {@link InvoiceNumberingIT}). */
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

    @EJB
    InvoiceService invoices;

    @EJB
    InvoiceQueries invoiceList;

    @EJB
    QuoteService quotes;

    @EJB
    ClientService clients;

    @EJB
    org.crmir.invoice.InvoicePdfService pdfs;

    @EJB
    org.crmir.communication.CommunicationService communication;

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
        clientId = fixtures.client("Docs Co", client -> {
            client.setPaymentTermsDays(14);
            client.setEmail(Fixtures.emailAddress("docs", "docs.example"));
        });
    }

    private Quote sendQuote(long id) throws Exception {
        return mailing(() -> asSales.call(() -> quotes.send(id)));
    }

    /**
     * Does what emails the client (sending a quote) or the quote's owner (the client's answer): a mail server takes
     * the messages before the test goes on, so that no undelivered email is left retrying (and notifying its
     * author) behind the test.
     */
    private <T> T mailing(java.util.concurrent.Callable<T> work) throws Exception {
        org.crmir.support.MailServer smtp = new org.crmir.support.MailServer().start();
        try {
            T result = work.call();
            org.crmir.support.Eventually.until(java.time.Duration.ofSeconds(30), () -> asViewer.call(
                    () -> communication.timeline(clientId, org.crmir.communication.HistoryFilter.none(),
                            org.crmir.shared.PageRequest.first(50))).items(),
                    rows -> rows.stream().allMatch(r -> r.getStatus() == org.crmir.communication.DeliveryStatus.SENT
                            || r.getChannel() != org.crmir.communication.Channel.EMAIL));
            return result;
        } finally {
            smtp.stop();
        }
    }

    private static List<LineInput> lines() {
        return List.of(new LineInput(null, "Consulting", new BigDecimal("3"), "h", new BigDecimal("33.33"),
                        new BigDecimal("10"), new BigDecimal("19")),
                new LineInput(null, "Licence", new BigDecimal("1.5"), "pc", new BigDecimal("100"), BigDecimal.ZERO,
                        new BigDecimal("7")));
    }

    @Test
    void anInvoiceIsDraftedEditedIssuedFrozenAndVoided() throws Exception {
        Invoice draft = asSales.call(() -> invoices.createDraft(clientId, lines().subList(0, 1), "n", "t"));
        assertEquals(InvoiceStatus.DRAFT, draft.getStatus());
        Invoice edited = asSales.call(() -> invoices.updateDraft(draft.getId(), draft.getVersion(), lines(), "n",
                "Net 14"));
        assertEquals(Money.of("267.59", "EUR"), edited.getTotal());

        Invoice issued = asFinance.call(() -> invoices.issue(draft.getId()));
        assertEquals(InvoiceStatus.ISSUED, issued.getStatus());
        assertTrue(issued.getNumber().matches("INV-" + today.getYear() + "-\\d{6}"), issued.getNumber());
        assertEquals(today, issued.getIssueDate());
        assertEquals(today.plusDays(14), issued.getDueDate());
        Invoice stored = asViewer.call(() -> invoices.find(draft.getId()));
        assertEquals(stored.getVersion(), issued.getVersion(), "issue answers the invoice as stored");
        assertEquals(2, issued.getLines().size());
        assertEquals(issued.getNumber(), asFinance.call(() -> invoices.issue(draft.getId())).getNumber());

        assertThrows(RuleViolationException.class, () -> asSales.call(() -> invoices.updateDraft(draft.getId(),
                issued.getVersion(), lines(), null, null)));
        assertEquals(Money.of("267.59", "EUR"), asViewer.call(() -> invoices.find(draft.getId())).getTotal());

        Invoice voided = asFinance.call(() -> invoices.voidInvoice(draft.getId()));
        assertEquals(InvoiceStatus.VOID, voided.getStatus());
        assertEquals(issued.getNumber(), voided.getNumber());
    }

    @Test
    void rolesAreCheckedByTheService() throws Exception {
        long id = asSales.call(() -> invoices.createDraft(clientId, lines(), null, null).getId());
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> invoices.issue(id)));
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> invoices.createDraft(clientId, lines(),
                null, null)));
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> invoices.credit(id,
                Money.of("1", "EUR"), "x")));
    }

    @Test
    void badLinesAreRefusedAndNothingIsStored() throws Exception {
        long before = asViewer.call(() -> invoiceList.count(new InvoiceFilter(null, clientId, null, null, null, null,
                null)));
        List<LineInput> negative = List.of(new LineInput(null, "x", BigDecimal.ONE, null, new BigDecimal("-5"),
                null, null));
        assertEquals("unitPrice", assertThrows(InvalidInputException.class, () -> asSales.call(() ->
                invoices.createDraft(clientId, negative, null, null))).getField());
        List<LineInput> tooPrecise = List.of(new LineInput(null, "x", BigDecimal.ONE, null, new BigDecimal("1.001"),
                null, null));
        assertThrows(InvalidInputException.class, () -> asSales.call(() -> invoices.createDraft(clientId,
                tooPrecise, null, null)));
        List<LineInput> badTax = List.of(new LineInput(null, "x", BigDecimal.ONE, null, BigDecimal.ONE, null,
                new BigDecimal("120")));
        assertThrows(InvalidInputException.class, () -> asSales.call(() -> invoices.createDraft(clientId, badTax,
                null, null)));
        assertEquals(before, asViewer.call(() -> invoiceList.count(new InvoiceFilter(null, clientId, null, null, null,
                null, null))));
    }

    @Test
    void creditNotesReduceTheBalanceAndAreNumbered() throws Exception {
        long id = asSales.call(() -> invoices.createDraft(clientId, lines(), null, null).getId());
        asFinance.call(() -> invoices.issue(id));
        CreditNote note = asFinance.call(() -> invoices.credit(id, Money.of("67.59", "EUR"), "Discount agreed"));
        assertTrue(note.getNumber().matches("CN-" + today.getYear() + "-\\d{4}"), note.getNumber());
        Invoice after = asViewer.call(() -> invoices.find(id));
        assertEquals(Money.of("200.00", "EUR"), after.getBalance());
        assertThrows(InvalidInputException.class, () -> asFinance.call(() -> invoices.credit(id,
                Money.of("200.01", "EUR"), "too much")));
        assertThrows(InvalidInputException.class, () -> asFinance.call(() -> invoices.credit(id,
                Money.of("10", "USD"), "other currency")));
        assertEquals(1, asViewer.call(() -> invoices.creditNotesOf(id)).size());
    }

    @Test
    void theDailyTimerMarksUnpaidInvoicesPastTheirDueDateOverdue() throws Exception {
        long id = asSales.call(() -> invoices.createDraft(clientId, lines(), null, null).getId());
        asFinance.call(() -> invoices.issue(id));
        asAdmin.call(() -> invoices.markOverdue(today.plusDays(15)));
        assertEquals(InvoiceStatus.OVERDUE, asViewer.call(() -> invoices.find(id)).getStatus());
    }

    @Test
    void aQuoteIsSentAcceptedThroughItsPublicLinkAndConvertedOnce() throws Exception {
        Quote draft = asSales.call(() -> quotes.createDraft(clientId, today.plusDays(30), lines(), "n", "t"));
        Quote sent = sendQuote(draft.getId());
        assertTrue(sent.getNumber().matches("Q-" + today.getYear() + "-\\d{4}"), sent.getNumber());
        assertNotNull(sent.getPublicToken());
        assertTrue(sent.getPublicToken().length() >= 40);

        PublicQuote seen = quotes.publicView(sent.getPublicToken());
        assertEquals(Money.of("267.59", "EUR"), seen.total());
        PublicQuote accepted = mailing(() -> quotes.acceptByClient(sent.getPublicToken()));
        assertEquals(QuoteStatus.ACCEPTED, accepted.status());

        Invoice invoice = asSales.call(() -> quotes.convert(draft.getId()));
        assertEquals(InvoiceStatus.DRAFT, invoice.getStatus());
        assertEquals(Money.of("267.59", "EUR"), invoice.getTotal());
        assertEquals(draft.getId(), invoice.getSourceQuoteId());
        assertEquals(2, invoice.getLines().size());
        Quote converted = asViewer.call(() -> quotes.find(draft.getId()));
        assertEquals(QuoteStatus.CONVERTED, converted.getStatus());
        assertEquals(invoice.getId(), converted.getInvoiceId());
        assertThrows(RuleViolationException.class, () -> asSales.call(() -> quotes.convert(draft.getId())));
    }

    @Test
    void aDeclinedQuoteCannotBeConvertedAndUnknownLinksFindNothing() throws Exception {
        long id = asSales.call(() -> quotes.createDraft(clientId, today.plusDays(10), lines(), null, null).getId());
        Quote sent = sendQuote(id);
        mailing(() -> quotes.declineByClient(sent.getPublicToken()));
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> asSales.call(() -> quotes.convert(id)));
        assertTrue(refused.getMessage().contains("declined"), refused.getMessage());
        assertThrows(RuleViolationException.class, () -> quotes.acceptByClient(sent.getPublicToken()));
        assertThrows(NotFoundException.class, () -> quotes.publicView("x".repeat(43)));
    }

    @Test
    void sendingAnIssuedInvoiceEmailsItsPdfToTheBillingContactAndRecordsIt() throws Exception {
        org.crmir.support.MailServer smtp = new org.crmir.support.MailServer().start();
        try {
            String to = "ap." + UUID.randomUUID().toString().substring(0, 8) + "@docs.example";
            asSales.call(() -> clients.addContact(clientId, new org.crmir.client.Contact("Ada Payable", "AP", to,
                    null)));
            long id = asSales.call(() -> invoices.createDraft(clientId, lines(), null, null).getId());
            String number = asFinance.call(() -> invoices.issue(id)).getNumber();
            assertThrows(RuleViolationException.class, () -> asFinance.call(() -> pdfs.sendInvoice(
                    asSales.call(() -> invoices.createDraft(clientId, lines(), null, null).getId()))));

            org.crmir.communication.Interaction mail = asFinance.call(() -> pdfs.sendInvoice(id));
            assertEquals(to, mail.getRecipient());
            assertEquals(org.crmir.communication.RelatedDocument.INVOICE, mail.getRelatedType());
            assertEquals(List.of(number + ".pdf"), asViewer.call(() -> communication.attachmentNames(mail.getId())));
            org.crmir.support.Eventually.until(java.time.Duration.ofSeconds(30),
                    () -> asViewer.call(() -> communication.find(mail.getId())).getStatus(),
                    s -> s == org.crmir.communication.DeliveryStatus.SENT);
            jakarta.mail.internet.MimeMessage received = smtp.receivedFor(to).get(0);
            assertTrue(received.getSubject().contains(number), received.getSubject());
            jakarta.mail.Multipart parts = (jakarta.mail.Multipart) received.getContent();
            assertEquals(number + ".pdf", parts.getBodyPart(1).getFileName());
            byte[] pdf = parts.getBodyPart(1).getInputStream().readAllBytes();
            assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void sendingACreditNoteEmailsItsPdfRelatedToItsInvoice() throws Exception {
        org.crmir.support.MailServer smtp = new org.crmir.support.MailServer().start();
        try {
            String to = "cn." + UUID.randomUUID().toString().substring(0, 8) + "@docs.example";
            asSales.call(() -> clients.addContact(clientId, new org.crmir.client.Contact("Cora Notes", "AP", to,
                    null)));
            long id = asSales.call(() -> invoices.createDraft(clientId, lines(), null, null).getId());
            String invoiceNumber = asFinance.call(() -> invoices.issue(id)).getNumber();
            CreditNote note = asFinance.call(() -> invoices.credit(id, Money.of("10.00", "EUR"), "Late delivery"));
            assertThrows(EJBAccessException.class, () -> asViewer.call(() -> pdfs.sendCreditNote(note.getId())));

            org.crmir.communication.Interaction mail = asSales.call(() -> pdfs.sendCreditNote(note.getId()));
            assertEquals(to, mail.getRecipient());
            assertEquals(org.crmir.communication.RelatedDocument.INVOICE, mail.getRelatedType());
            assertEquals(id, mail.getRelatedId());
            org.crmir.support.Eventually.until(java.time.Duration.ofSeconds(30),
                    () -> asViewer.call(() -> communication.find(mail.getId())).getStatus(),
                    s -> s == org.crmir.communication.DeliveryStatus.SENT);
            jakarta.mail.internet.MimeMessage received = smtp.receivedFor(to).get(0);
            assertEquals("Credit note " + note.getNumber() + " for invoice " + invoiceNumber, received.getSubject());
            jakarta.mail.Multipart parts = (jakarta.mail.Multipart) received.getContent();
            assertTrue(parts.getBodyPart(0).getContent().toString().contains("Late delivery"));
            assertEquals(note.getNumber() + ".pdf", parts.getBodyPart(1).getFileName());
        } finally {
            smtp.stop();
        }
    }

    @Test
    void sentQuotesPastTheirValidityExpire() throws Exception {
        long id = asSales.call(() -> quotes.createDraft(clientId, today.plusDays(5), lines(), null, null).getId());
        sendQuote(id);
        asAdmin.call(() -> quotes.expire(today.plusDays(6)));
        assertEquals(QuoteStatus.EXPIRED, asViewer.call(() -> quotes.find(id)).getStatus());
    }
}
