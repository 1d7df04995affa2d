package org.crmir.figures.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.crmir.figures.FigureCurrencies;
import org.crmir.identity.UserService;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.web.CurrentUser;

/**
 * Whose figures a page of figures shows, and in which currency: the dashboard and the analytics page alike. Sales
 * see their own clients' figures first and may switch to everyone's; finance and administrators see everyone's
 * (support and viewers own no clients, so they see everyone's too).
 */
abstract class FigureAudience implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @EJB
    UserService users;

    @EJB
    FigureCurrencies currencies;

    private boolean everyone;
    private String currency;
    private Long ownUserId;
    private List<String> currencyChoices;

    @PostConstruct
    void chooseAudience() {
        everyone = currentUser.isFinance() || !currentUser.isSales();
    }

    /** The client owner the figures are narrowed to, or null for everyone's. */
    protected Long owner() {
        if (everyone) {
            return null;
        }
        if (ownUserId == null) {
            try {
                ownUserId = users.me().id();
            } catch (NotFoundException e) {
                everyone = true; // no account of our own, so no own clients
                return null;
            }
        }
        return ownUserId;
    }

    /** For links to lists: {@code me} when the figures are the user's own clients', else nothing. */
    public String getOwnerParam() {
        return everyone ? null : "me";
    }

    /** The currencies the figures hold anything in; read once per view (the list is evaluated often). */
    public List<String> getCurrencies() {
        if (currencyChoices == null) {
            currencyChoices = currencies.all();
        }
        return currencyChoices;
    }

    public boolean isEveryone() {
        return everyone;
    }

    public void setEveryone(boolean everyone) {
        this.everyone = everyone;
    }

    /** The currency, or null for all. */
    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null || currency.isBlank() ? null : currency;
    }
}
