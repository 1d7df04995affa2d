package org.crmir.quote.web;

import static org.crmir.shared.web.UserActions.attempt;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmir.client.ClientService;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.InteractionRow;
import org.crmir.communication.RelatedDocument;
import org.crmir.invoice.Invoice;
import org.crmir.quote.Quote;
import org.crmir.quote.QuoteLinks;
import org.crmir.quote.QuotePdfService;
import org.crmir.quote.QuoteService;
import org.crmir.quote.QuoteStatus;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/** A quote's page: the document, its public link once sent, the next steps, and its history. */
@Named
@ViewScoped
public class QuoteView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuoteService quotes;

    @EJB
    private ClientService clients;

    @EJB
    private QuotePdfService pdfs;

    @EJB
    private CommunicationService communication;

    private Long id;
    private Quote quote;
    private String clientName;
    private List<InteractionRow> history = List.of();

    public void load() {
        if (id == null) {
            Messages.error("No quote was chosen.");
            return;
        }
        try {
            quote = quotes.find(id);
            clientName = clients.find(quote.getClientId()).getName();
            history = communication.about(RelatedDocument.QUOTE, id);
        } catch (NotFoundException e) {
            quote = null;
            Messages.notFound(e.getMessage());
        }
    }

    /** Numbers the quote and emails it to the client with its PDF and the link to accept it. */
    public void send() {
        act(() -> {
            Quote sent = quotes.send(id);
            Messages.info("Quote " + sent.getNumber() + " was emailed to the client with its PDF and the link to"
                    + " accept it.");
        });
    }

    public void email() {
        act(() -> {
            var mail = pdfs.sendQuote(id);
            Messages.info("Quote emailed to " + mail.getRecipient() + " with its PDF.");
        });
    }

    public String convert() {
        try {
            Invoice invoice = quotes.convert(id);
            return "/invoice.xhtml?faces-redirect=true&id=" + invoice.getId();
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
            load();
            return null;
        }
    }

    private void act(Runnable action) {
        attempt(action);
        load();
    }

    /** The absolute link the client opens without signing in, built from CRMir's configured public address. */
    public String getPublicLink() {
        return quote == null ? null : QuoteLinks.PAGE.link(quote.getPublicToken()).orElse(null);
    }

    public boolean isDraft() { return quote != null && quote.getStatus() == QuoteStatus.DRAFT; }
    public boolean isConvertible() { return quote != null && quote.getStatus() == QuoteStatus.ACCEPTED; }
    public boolean isSent() { return quote != null && quote.getNumber() != null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Quote getQuote() { return quote; }
    public String getClientName() { return clientName; }
    /** What was sent about this quote and what the client answered, newest first. */
    public List<InteractionRow> getHistory() { return history; }
}
