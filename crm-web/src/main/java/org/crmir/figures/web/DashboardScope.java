package org.crmir.figures.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.crmir.figures.FigureCurrencies;
import org.crmir.figures.FigureScope;
import org.crmir.identity.UserService;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.web.CurrentUser;

/**
 * Whose figures the dashboard shows, in which currency and over which period. Sales see their own clients'
 * figures first and may switch to everyone's; finance and administrators see everyone's.
 */
@Named
@ViewScoped
public class DashboardScope implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @EJB
    UserService users;

    @EJB
    FigureCurrencies currencies;

    private boolean everyone;
    private String currency;
    private DashboardPeriod period = DashboardPeriod.THIS_MONTH;
    private Long myId;
    private List<String> currencyChoices;

    @PostConstruct
    void init() {
        // Own clients first only for sales: support and viewers own none, finance and administrators see all.
        everyone = currentUser.isFinance() || !currentUser.isSales();
        try {
            myId = users.me().id();
        } catch (NotFoundException e) {
            everyone = true; // signed in without an account of our own (single sign-on): no own clients
        }
    }

    /** The scope every fragment reads, for today. */
    public FigureScope scope() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new FigureScope(everyone || myId == null ? null : myId, currency == null || currency.isBlank() ? null : currency,
                period.from(today), period.to(today), today);
    }

    /** For links to lists: {@code me} when the figures are the user's own clients', else nothing. */
    public String getOwnerParam() {
        return everyone ? null : "me";
    }

    /** Read once per view: the select list is evaluated several times per request. */
    public List<String> getCurrencies() {
        if (currencyChoices == null) {
            currencyChoices = currencies.all();
        }
        return currencyChoices;
    }

    public DashboardPeriod[] getPeriods() {
        return DashboardPeriod.values();
    }

    public boolean isEveryone() {
        return everyone;
    }

    public void setEveryone(boolean everyone) {
        this.everyone = everyone;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public DashboardPeriod getPeriod() {
        return period;
    }

    public void setPeriod(DashboardPeriod period) {
        this.period = period == null ? DashboardPeriod.THIS_MONTH : period;
    }
}
