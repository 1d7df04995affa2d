package org.crmir.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.shared.RuleViolationException;

/**
 * Card payment of an invoice through a Stripe Checkout Session. The request is stored first (its key is the
 * Idempotency-Key Stripe sees) and committed; Stripe is then called outside any transaction, so no row stays locked
 * while the gateway answers; the answer is stored in a transaction of its own. A second click while a session
 * for the same invoice and amount is open gets that session (a request not yet answered is sent again with the
 * same key, which Stripe answers with the same session). The money itself is recorded from Stripe's webhook
 * ({@link StripeEventHandler}), never from the payer's return to the pay page.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StripeCheckout {

    private static final Logger LOG = Logger.getLogger(StripeCheckout.class.getName());

    @EJB
    PaymentRequests requests;

    /**
     * Starts (or resumes) paying an invoice by card; returns the address of Stripe's hosted payment page.
     * {@code @PermitAll}: the payer is not signed in; the unguessable pay token is the authority, and all it allows
     * is paying that invoice's amount due.
     */
    @PermitAll
    public String payByCard(String payToken) {
        StripeSettings settings = StripeSettings.fromEnvironment().orElseThrow(() -> new RuleViolationException(
                "Card payment is not available for this invoice."));
        PaymentRequests.CardAttempt attempt = requests.prepareCard(payToken, settings.publicUrl());
        if (attempt.redirectUrl() != null) {
            return attempt.redirectUrl();
        }
        StripeApi.Session session;
        try {
            session = new StripeApi(settings).createCheckoutSession(attempt.idempotencyKey(), attempt.parameters());
        } catch (StripeApi.Refused refused) {
            requests.refused(attempt.requestId(), refused.getMessage());
            throw new RuleViolationException("The card payment could not be started: " + refused.getMessage());
        } catch (StripeApi.Unreachable unreachable) {
            // The request stays CREATED: the next click sends it again under the same key, so never twice.
            LOG.log(Level.WARNING, "Stripe unreachable for payment request " + attempt.requestId(), unreachable);
            throw new RuleViolationException("The card payment service could not be reached; nothing was charged."
                    + " Please try again in a moment.");
        }
        requests.accepted(attempt.requestId(), session.id(), session.url());
        return session.url();
    }
}
