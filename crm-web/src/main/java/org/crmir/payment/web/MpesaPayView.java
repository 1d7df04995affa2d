package org.crmir.payment.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.payment.MpesaCollection;
import org.crmir.payment.MpesaOffer;
import org.crmir.payment.MpesaPush;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/**
 * The "Pay with M-Pesa" part of an invoice's public pay page ({@code WEB-INF/includes/pay-mpesa.xhtml}): the payer
 * enters a phone number, the phone asks for the M-Pesa PIN, and the page follows the push until it succeeds or
 * fails. The invoice comes from the page's {@code token} request parameter, read once when the view starts.
 */
@Named
@ViewScoped
public class MpesaPayView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MpesaCollection collection;

    private String token;
    private MpesaOffer offer;
    private MpesaPush push;
    private String phone;

    @PostConstruct
    void start() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        try {
            offer = collection.offer(token);
        } catch (NotFoundException e) {
            offer = null; // the pay page says that the link leads nowhere; this part stays away
        }
    }

    /** Rings the payer's phone; the page then waits for the outcome. */
    public void pay() {
        try {
            push = collection.requestPayment(token, phone);
            Messages.info("Check your phone: enter your M-Pesa PIN to pay " + push.getAmount() + ".");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Reads where the push stands (the poll calls this every few seconds while it waits). */
    public void refresh() {
        if (push == null) {
            return;
        }
        try {
            push = collection.status(token, push.getRequestId());
            if (!push.isWaiting()) {
                offer = collection.offer(token);
            }
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Another try after a failed or cancelled push. */
    public void startOver() {
        push = null;
        offer = collection.offer(token);
    }

    public boolean isWaiting() {
        return push != null && push.isWaiting();
    }

    public MpesaOffer getOffer() { return offer; }
    public MpesaPush getPush() { return push; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
}
