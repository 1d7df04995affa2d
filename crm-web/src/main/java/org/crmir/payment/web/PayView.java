package org.crmir.payment.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.crmir.payment.PayLinkService;
import org.crmir.payment.PublicInvoice;
import org.crmir.payment.StripeCheckout;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/**
 * The page behind an invoice's pay link: what is due and the ways to pay it, for a payer who is not signed in.
 * Back from Stripe ({@code paid=1}) it thanks the payer and polls until the webhook has recorded the money.
 */
@Named
@ViewScoped
public class PayView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PayLinkService payLinks;

    @EJB
    private StripeCheckout stripe;

    private String token;
    private String paid;
    private String cancelled;
    private PublicInvoice invoice;
    private int polls;

    /** About three minutes of asking every 2 s; after that the page says to come back later. */
    static final int MAX_POLLS = 90;

    public void load() {
        try {
            invoice = payLinks.publicView(token);
        } catch (NotFoundException e) {
            invoice = null;
            Messages.notFound("This payment link is not valid. Check that it was copied completely, or ask the sender"
                    + " for a new one.");
        }
    }

    /** Called by the poll while the payment is being confirmed. */
    public void refresh() {
        polls++;
        if (invoice != null) {
            invoice = payLinks.publicView(token);
        }
    }

    /** Sends the payer to Stripe's hosted payment page for the amount due. */
    public void payByCard() throws IOException {
        try {
            String page = stripe.payByCard(token);
            FacesContext.getCurrentInstance().getExternalContext().redirect(page);
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e instanceof NotFoundException ? "This payment link is not valid." : e.getMessage());
            load();
        }
    }

    /** Confirming for longer than the page keeps asking: the payer is told to look again later. */
    public boolean isStillConfirming() {
        return isConfirming() && polls >= MAX_POLLS;
    }

    /** Back from a card payment that this page does not yet see recorded. */
    public boolean isConfirming() {
        return invoice != null && invoice.getStatus().isOpen() && isPaid();
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    /** Stripe's success_url ends in {@code paid=1}, its cancel_url in {@code cancelled=1}. */
    public boolean isPaid() { return "1".equals(paid); }
    public String getPaidParam() { return paid; }
    public void setPaidParam(String paid) { this.paid = paid; }
    public boolean isCancelled() { return "1".equals(cancelled); }
    public String getCancelledParam() { return cancelled; }
    public void setCancelledParam(String cancelled) { this.cancelled = cancelled; }
    public PublicInvoice getInvoice() { return invoice; }
}
