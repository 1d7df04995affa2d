package org.crmir.report;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.crmir.client.Client;
import org.crmir.client.Contact;
import org.crmir.communication.AttachmentData;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Interaction;
import org.crmir.communication.RelatedDocument;
import org.crmir.communication.TemplateKind;
import org.crmir.identity.Role;
import org.crmir.invoice.CreditNote;
import org.crmir.invoice.Invoice;
import org.crmir.payment.PayLinks;
import org.crmir.quote.Quote;
import org.crmir.quote.QuoteLinks;
import org.crmir.settings.BankDetails;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.DocumentTotals;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.PricedDocument;
import org.crmir.shared.RuleViolationException;

/**
 * The PDFs of quotes, invoices and credit notes, and sending them to the client's billing contact through the
 * communication pipeline (so the email is queued, retried, and recorded in the client's history).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class DocumentPdfService {

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentRenderer renderer;

    @EJB
    CommunicationService communication;

    public RenderedPdf invoicePdf(long id) {
        return invoicePdf(find(Invoice.class, id, "Invoice"));
    }

    /**
     * The invoice's PDF for whoever holds its pay link: the payer downloads it from the pay page without signing in.
     * {@code @PermitAll}: the unguessable token is the authority, as on the pay page itself.
     */
    @PermitAll
    public RenderedPdf invoicePdfForPayToken(String payToken) {
        return invoicePdf(PayLinks.invoiceByToken(em, payToken, false));
    }

    private RenderedPdf invoicePdf(Invoice invoice) {
        String number = invoice.getNumber() == null ? "DRAFT" : invoice.getNumber();
        String dates = invoice.getIssueDate() == null ? "Draft, not issued"
                : "Issue date: " + invoice.getIssueDate() + "\nDue date: " + invoice.getDueDate();
        CompanySettings company = company();
        String payLink = PayLinks.of(invoice).orElse(null);
        BankDetails bank = company.getBankDetails();
        String footer = join("\n\n", invoice.getNotes(), invoice.getTerms(),
                bank.isSet() ? "Pay by bank transfer to:\n" + bank.describe() + "\nPayment reference: " + number
                        : null,
                company.getPaymentInstructions() == null ? null
                        : "Payment: " + company.getPaymentInstructions() + " Reference: " + number,
                payLink == null ? null : "You can also pay this invoice online, at the link below.");
        PdfContent content = priced("INVOICE", number, dates, invoice, footer, invoice.getCredited().isZero()
                && invoice.getPaid().isZero() ? null : (invoice.getCredited().isZero() ? ""
                        : "Credited: " + invoice.getCredited() + "\n") + (invoice.getPaid().isZero() ? ""
                        : "Paid: " + invoice.getPaid() + "\n") + "Balance due: " + invoice.getBalance());
        return new RenderedPdf(number + ".pdf", renderer.render(content.withLink("Pay online:", payLink)));
    }

    public RenderedPdf quotePdf(long id) {
        return quotePdf(find(Quote.class, id, "Quote"));
    }

    /** The quote's PDF for whoever holds its public link (the client, from the accept page). */
    @PermitAll
    public RenderedPdf quotePdfForToken(String token) {
        return quotePdf(QuoteLinks.quoteByToken(em, token, false));
    }

    private RenderedPdf quotePdf(Quote quote) {
        String number = quote.getNumber() == null ? "DRAFT" : quote.getNumber();
        String dates = (quote.getSentAt() == null ? "Draft" : "Date: " + quote.getSentAt().toString().substring(0, 10))
                + "\nValid until: " + quote.getValidUntil();
        String link = QuoteLinks.toAnswer(quote).orElse(null);
        String footer = join("\n\n", quote.getNotes(), quote.getTerms(),
                "This quotation is valid until " + quote.getValidUntil() + ".",
                link == null ? null : "To accept or decline it, open the link below.");
        return new RenderedPdf(number + ".pdf", renderer.render(priced("QUOTATION", number, dates, quote, footer,
                null).withLink("Accept or decline online:", link)));
    }

    public RenderedPdf creditNotePdf(long id) {
        CreditNote note = find(CreditNote.class, id, "Credit note");
        Invoice invoice = find(Invoice.class, note.getInvoiceId(), "Invoice");
        Client client = find(Client.class, note.getClientId(), "Client");
        PdfLine line = new PdfLine("Credit for invoice " + invoice.getNumber() + ": " + note.getReason(),
                BigDecimal.ONE, null, note.getAmount().amount(), BigDecimal.ZERO, BigDecimal.ZERO,
                note.getAmount().amount());
        PdfContent content = new PdfContent("CREDIT NOTE", note.getNumber(), "Date: " + note.getIssueDate()
                + "\nFor invoice: " + invoice.getNumber(), companyBlock(company()), clientBlock(client),
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
        String payOnline = PayLinks.of(invoice).map(link -> "\n\nYou can pay it online at " + link).orElse("");
        return send(invoice.getClientId(), "Invoice " + invoice.getNumber(), pdf, RelatedDocument.INVOICE, id,
                Map.of("amount", invoice.getBalance().toString(), "dueDate", String.valueOf(invoice.getDueDate()),
                        "payOnline", payOnline));
    }

    /**
     * Emails the sent quote's PDF to the client's billing contact, with the link where the client accepts or
     * declines it, and records it in the history.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Interaction sendQuote(long id) {
        Quote quote = find(Quote.class, id, "Quote");
        if (quote.getNumber() == null) {
            throw new RuleViolationException("Send (number) the quote before emailing it");
        }
        RenderedPdf pdf = quotePdf(quote);
        String acceptOnline = QuoteLinks.toAnswer(quote)
                .map(link -> "\n\nYou can read it and accept or decline it online at " + link).orElse("");
        return send(quote.getClientId(), "Quotation " + quote.getNumber(), pdf, RelatedDocument.QUOTE, id,
                Map.of("amount", quote.getTotal().toString(), "acceptOnline", acceptOnline));
    }

    private Interaction send(long clientId, String title, RenderedPdf pdf, RelatedDocument kind, long documentId,
            Map<String, String> extra) {
        Client client = find(Client.class, clientId, "Client");
        Contact billing = em.createQuery("SELECT k FROM Contact k WHERE k.client = :client AND k.email IS NOT NULL"
                        + " ORDER BY k.primary DESC, k.id", Contact.class)
                .setParameter("client", client).setMaxResults(1).getResultStream().findFirst().orElse(null);
        String to = billing != null ? billing.getEmail() : client.getEmail();
        if (to == null) {
            throw new RuleViolationException("Client " + client.getName() + " has no email address: add one to the"
                    + " client or to a contact, then send again");
        }
        Map<String, String> values = new java.util.HashMap<>(extra);
        values.put("contactName", billing != null ? billing.getName() : client.getName());
        values.put("clientName", client.getName());
        values.put("companyName", company().getCompanyName());
        values.put("documentTitle", title);
        return communication.sendFromTemplate(TemplateKind.DOCUMENT_SENT, clientId,
                billing == null ? null : billing.getId(), to, values,
                List.of(new AttachmentData(pdf.fileName(), "application/pdf", pdf.content())), kind, documentId);
    }

    private PdfContent priced(String title, String number, String dates, PricedDocument<?> document, String footer,
            String balance) {
        Client client = find(Client.class, document.getClientId(), "Client");
        DocumentTotals totals = document.totals();
        StringBuilder taxes = new StringBuilder();
        totals.taxByRate().forEach((rate, tax) -> taxes.append("Tax ").append(rate.toPlainString()).append(" %: ")
                .append(tax).append('\n'));
        String sums = "Subtotal: " + totals.subtotal() + (totals.discount().isZero() ? ""
                : "\nDiscount: -" + totals.discount()) + "\nTax: " + totals.tax()
                + (balance == null ? "" : "\n" + balance);
        return new PdfContent(title, number, dates, companyBlock(company()), clientBlock(client),
                document.getCurrency(), taxes.toString().strip(), sums, "Total: " + totals.total(), footer,
                document.getLines().stream()
                        .map(l -> PdfLine.of((org.crmir.shared.DocumentLine) l, document.getCurrencyDigits())).toList());
    }

    private static String companyBlock(CompanySettings c) {
        return join("\n", c.getCompanyName(), c.getAddress(), c.getTaxId() == null ? null : "Tax id: " + c.getTaxId(),
                c.getEmail(), c.getPhone());
    }

    private static String clientBlock(Client c) {
        String address = c.getBillingAddress().toString();
        return join("\n", c.getName(), address.isEmpty() ? null : address,
                c.getTaxId() == null ? null : "Tax id: " + c.getTaxId());
    }

    private static String join(String separator, String... parts) {
        StringJoiner joined = new StringJoiner(separator);
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.add(part);
            }
        }
        return joined.toString();
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
