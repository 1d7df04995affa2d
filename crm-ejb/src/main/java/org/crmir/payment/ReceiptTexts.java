package org.crmir.payment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.logging.Logger;
import org.crmir.communication.RelatedDocument;
import org.crmir.communication.SmsService;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.BusinessClock;

/**
 * A payment's receipt as a short SMS to the client's phone (the primary contact's, else the client's), when an
 * administrator switched it on (Admin → Settings) and this server can send SMS; in the receipt's transaction, so
 * it is queued once with the receipt.
 */
@ApplicationScoped
class ReceiptTexts {

    private static final Logger LOG = Logger.getLogger(ReceiptTexts.class.getName());

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @EJB
    SmsService sms;

    void send(Payment payment, String receiptNumber, String paidFor, Long invoiceId) {
        CompanySettings settings = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
        if (!settings.isReceiptsBySms() || clock.isReplaying() || !sms.isAvailable()) {
            return;
        }
        String text = "Receipt " + receiptNumber + ": " + payment.getAmount() + " received for " + paidFor
                + ". Thank you! " + settings.getCompanyName();
        if (sms.textClient(payment.getClientId(), text, invoiceId == null ? null : RelatedDocument.INVOICE,
                invoiceId).isEmpty()) {
            LOG.info("Receipt " + receiptNumber + " not texted: client " + payment.getClientId()
                    + " has no phone number in international form");
        }
    }
}
