package org.crmir.quote.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.quote.PublicQuote;
import org.crmir.quote.QuoteService;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/** The page behind a quote's public link: the client reads the offer and accepts or declines it. */
@Named
@ViewScoped
public class PublicQuoteView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private QuoteService quotes;

    private String token;
    private PublicQuote quote;

    public void load() {
        try {
            quote = quotes.publicView(token);
        } catch (NotFoundException e) {
            quote = null;
            Messages.notFound("This link does not lead to a quotation. Check it, or ask the sender for a new one.");
        }
    }

    public void accept() {
        try {
            quote = quotes.acceptByClient(token);
            Messages.info("Thank you: you accepted quotation " + quote.number() + ". " + quote.companyName()
                    + " has been told.");
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void decline() {
        try {
            quote = quotes.declineByClient(token);
            Messages.info("You declined quotation " + quote.number() + ". " + quote.companyName()
                    + " has been told.");
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public PublicQuote getQuote() { return quote; }
}
