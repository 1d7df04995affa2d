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
    private boolean paid;
    private boolean cancelled;
    private PublicInvoice invoice;

    public void load() {
        try {
            invoice = payLinks.publicView(token);
        } catch (NotFoundException e) {
            invoice = null;
            Messages.error("This payment link is not valid. Check that it was copied completely, or ask the sender"
                    + " for a new one.");
        }
    }

    /** Called by the poll while the payment is being confirmed. */
    public void refresh() {
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

    /** Back from a card payment that this page does not yet see recorded. */
    public boolean isConfirming() {
        return invoice != null && invoice.getStatus().isOpen() && (paid || invoice.isCardInProgress());
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isPaid() { return paid; }
    public void setPaid(boolean paid) { this.paid = paid; }
    public boolean isCancelled() { return cancelled; }
    public void setCancelled(boolean cancelled) { this.cancelled = cancelled; }
    public PublicInvoice getInvoice() { return invoice; }
}
