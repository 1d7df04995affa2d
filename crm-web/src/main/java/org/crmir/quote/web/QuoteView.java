package org.crmir.quote.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.client.ClientService;
import org.crmir.invoice.Invoice;
import org.crmir.quote.Quote;
import org.crmir.quote.QuoteService;
import org.crmir.quote.QuoteStatus;
import org.crmir.report.DocumentPdfService;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/** A quote's page: the document, its public link once sent, and the next steps. */
@Named
@ViewScoped
public class QuoteView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuoteService quotes;

    @EJB
    private ClientService clients;

    @EJB
    private DocumentPdfService pdfs;

    @Inject
    private transient ExternalContext external;

    private Long id;
    private Quote quote;
    private String clientName;

    public void load() {
        if (id == null) {
            Messages.error("No quote was chosen.");
            return;
        }
        try {
            quote = quotes.find(id);
            clientName = clients.find(quote.getClientId()).getName();
        } catch (NotFoundException e) {
            quote = null;
            Messages.error(e.getMessage());
        }
    }

    /** Numbers the quote and makes its public link. */
    public void send() {
        act(() -> {
            Quote sent = quotes.send(id);
            Messages.info("Quote " + sent.getNumber() + " is ready: share its public link, or email it.");
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
        try {
            action.run();
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
        load();
    }

    /** The absolute link the client opens without signing in. */
    public String getPublicLink() {
        if (quote == null || quote.getPublicToken() == null) {
            return null;
        }
        // CRMIR_PUBLIC_URL only, never the request's Host header, which the client chooses.
        return org.crmir.payment.PayLinks.publicUrl()
                .map(base -> base + "/public/quote.xhtml?token=" + quote.getPublicToken()).orElse(null);
    }

    public boolean isDraft() { return quote != null && quote.getStatus() == QuoteStatus.DRAFT; }
    public boolean isConvertible() { return quote != null && quote.getStatus() == QuoteStatus.ACCEPTED; }
    public boolean isSent() { return quote != null && quote.getNumber() != null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Quote getQuote() { return quote; }
    public String getClientName() { return clientName; }
}
