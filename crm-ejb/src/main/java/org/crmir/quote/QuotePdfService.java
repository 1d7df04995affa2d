package org.crmir.quote;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import org.crmir.settings.CompanySettings;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/** The quote as a document: its PDF, and e-mailing it to the client with the link to accept or decline it. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class QuotePdfService {

    @Inject
    EntityManager em;

    @Inject
    DocumentRenderer renderer;

    @EJB
    DocumentSender sender;

    public RenderedPdf quotePdf(long id) {
        return quotePdf(load(id));
    }

    /** The quote's PDF for whoever holds its public link (the client, from the accept page). */
    @PermitAll
    public RenderedPdf quotePdfForToken(String token) {
        return quotePdf(QuoteLinks.PAGE.find(em, token, false));
    }

    private RenderedPdf quotePdf(Quote quote) {
        String number = quote.getNumber() == null ? "DRAFT" : quote.getNumber();
        String dates = (quote.getSentAt() == null ? "Draft" : "Date: " + quote.getSentAt().toString().substring(0, 10))
                + "\nValid until: " + quote.getValidUntil();
        String link = QuoteLinks.toAnswer(quote).orElse(null);
        String footer = Letterhead.join("\n\n", quote.getNotes(), quote.getTerms(),
                "This quotation is valid until " + quote.getValidUntil() + ".",
                link == null ? null : "To accept or decline it, open the link below.");
        Client client = em.find(Client.class, quote.getClientId());
        PdfContent content = PdfContent.priced("QUOTATION", number, dates, Letterhead.company(em.find(
                CompanySettings.class, CompanySettings.THE_ONLY_ID)), Letterhead.client(client), quote, footer, null);
        return new RenderedPdf(number + ".pdf", renderer.render(content.withLink("Accept or decline online:", link)));
    }

    /**
     * Emails the sent quote's PDF to the client's billing contact, with the link where the client accepts or
     * declines it, and records it in the history.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Interaction sendQuote(long id) {
        Quote quote = load(id);
        if (quote.getNumber() == null) {
            throw new RuleViolationException("Send (number) the quote before emailing it");
        }
        RenderedPdf pdf = quotePdf(quote);
        String acceptOnline = QuoteLinks.toAnswer(quote)
                .map(link -> "\n\nYou can read it and accept or decline it online at " + link).orElse("");
        Recipient to = sender.requireRecipient(quote.getClientId(), DocumentSender.ADD_AN_ADDRESS);
        return sender.send(DocumentToSend.fromTemplate(to, TemplateKind.DOCUMENT_SENT, "Quotation "
                + quote.getNumber(), Map.of("amount", quote.getTotal().toString(), "acceptOnline", acceptOnline), pdf,
                RelatedDocument.QUOTE, id));
    }

    private Quote load(long id) {
        Quote quote = em.find(Quote.class, id);
        if (quote == null) {
            throw new NotFoundException(QuoteService.QUOTE, id);
        }
        return quote;
    }
}
