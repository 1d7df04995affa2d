package org.crmir.invoice;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.crmir.client.Client;
import org.crmir.communication.Interaction;
import org.crmir.communication.RelatedDocument;
import org.crmir.communication.TemplateKind;
import org.crmir.document.DocumentSender;
import org.crmir.document.DocumentToSend;
import org.crmir.document.Recipient;
import org.crmir.document.RenderedPdf;
import org.crmir.identity.Role;
import org.crmir.report.DocumentRenderer;
import org.crmir.report.Letterhead;
import org.crmir.report.PdfContent;
import org.crmir.report.PdfLine;
import org.crmir.settings.BankDetails;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Invoices and credit notes as documents: their PDFs (an open invoice's with its pay link), and e-mailing an
 * issued invoice or a credit note to the client's billing contact.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class InvoicePdfService {

    @Inject
    EntityManager em;

    @Inject
    DocumentRenderer renderer;

    @EJB
    DocumentSender sender;

    public RenderedPdf invoicePdf(long id) {
        return invoicePdf(find(Invoice.class, id, "Invoice"));
    }

    /**
     * The invoice's PDF for whoever holds its pay link: the payer downloads it from the pay page without signing in.
     * {@code @PermitAll}: the unguessable token is the authority, as on the pay page itself.
     */
    @PermitAll
    public RenderedPdf invoicePdfForPayToken(String payToken) {
        return invoicePdf(PayLinks.PAGE.find(em, payToken, false));
    }

    private RenderedPdf invoicePdf(Invoice invoice) {
        String number = invoice.getNumber() == null ? "DRAFT" : invoice.getNumber();
        String dates = invoice.getIssueDate() == null ? "Draft, not issued"
                : "Issue date: " + invoice.getIssueDate() + "\nDue date: " + invoice.getDueDate();
        CompanySettings company = company();
        String payLink = PayLinks.of(invoice).orElse(null);
        BankDetails bank = company.getBankDetails();
        String footer = Letterhead.join("\n\n", invoice.getNotes(), invoice.getTerms(),
                bank.isSet() ? "Pay by bank transfer to:\n" + bank.describe() + "\nPayment reference: " + number
                        : null,
                company.getPaymentInstructions() == null ? null
                        : "Payment: " + company.getPaymentInstructions() + " Reference: " + number,
                payLink == null ? null : "You can also pay this invoice online, at the link below.");
        String balance = invoice.getCredited().isZero() && invoice.getPaid().isZero() ? null
                : (invoice.getCredited().isZero() ? "" : "Credited: " + invoice.getCredited() + "\n")
                        + (invoice.getPaid().isZero() ? "" : "Paid: " + invoice.getPaid() + "\n")
                        + "Balance due: " + invoice.getBalance();
        PdfContent content = PdfContent.priced("INVOICE", number, dates, Letterhead.company(company),
                Letterhead.client(find(Client.class, invoice.getClientId(), "Client")), invoice, footer, balance);
        return new RenderedPdf(number + ".pdf", renderer.render(content.withLink("Pay online:", payLink)));
    }

    public RenderedPdf creditNotePdf(long id) {
        return creditNotePdf(find(CreditNote.class, id, "Credit note"));
    }

    private RenderedPdf creditNotePdf(CreditNote note) {
        Invoice invoice = find(Invoice.class, note.getInvoiceId(), "Invoice");
        Client client = find(Client.class, note.getClientId(), "Client");
        PdfLine line = new PdfLine("Credit for invoice " + invoice.getNumber() + ": " + note.getReason(),
                BigDecimal.ONE, null, note.getAmount().amount(), BigDecimal.ZERO, BigDecimal.ZERO,
                note.getAmount().amount());
        PdfContent content = new PdfContent("CREDIT NOTE", note.getNumber(), "Date: " + note.getIssueDate()
                + "\nFor invoice: " + invoice.getNumber(), Letterhead.company(company()), Letterhead.client(client),
                note.getCurrency(), "", "", "Credit: " + note.getAmount(),
                "This credit note reduces the balance of invoice " + invoice.getNumber() + ".", List.of(line));
        return new RenderedPdf(note.getNumber() + ".pdf", renderer.render(content));
    }

    /** Emails the issued invoice's PDF to the client's billing contact and records it in the history. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.SALES})
    public Interaction sendInvoice(long id) {
        Invoice invoice = find(Invoice.class, id, "Invoice");
        if (invoice.getNumber() == null) {
            throw new RuleViolationException("Issue the invoice before sending it");
        }
        RenderedPdf pdf = invoicePdf(invoice);
        String payOnline = PayLinks.emailParagraph(invoice);
        Recipient to = sender.requireRecipient(invoice.getClientId(), DocumentSender.ADD_AN_ADDRESS);
        return sender.send(DocumentToSend.fromTemplate(to, TemplateKind.DOCUMENT_SENT, "Invoice "
                + invoice.getNumber(), Map.of("amount", invoice.getBalance().toString(), "dueDate",
                String.valueOf(invoice.getDueDate()), "payOnline", payOnline), pdf, RelatedDocument.INVOICE, id));
    }

    /** Emails a credit note's PDF to the client's billing contact, recorded in the history with its invoice. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.SALES})
    public Interaction sendCreditNote(long id) {
        CreditNote note = find(CreditNote.class, id, "Credit note");
        Invoice invoice = find(Invoice.class, note.getInvoiceId(), "Invoice");
        Recipient to = sender.requireRecipient(note.getClientId(), DocumentSender.ADD_AN_ADDRESS);
        String body = "Dear " + to.name() + ",\n\nAttached is credit note " + note.getNumber() + " for "
                + note.getAmount() + ". It reduces the balance of invoice " + invoice.getNumber()
                + (note.getReason() == null ? "" : " (reason: " + note.getReason() + ")")
                + ".\n\nKind regards,\n" + company().getCompanyName();
        return sender.send(DocumentToSend.written(to, "Credit note " + note.getNumber() + " for invoice "
                + invoice.getNumber(), body, creditNotePdf(note), RelatedDocument.INVOICE, invoice.getId()));
    }

    private CompanySettings company() {
        return em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
    }

    private <T> T find(Class<T> type, long id, String what) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(what, id);
        }
        return found;
    }
}
