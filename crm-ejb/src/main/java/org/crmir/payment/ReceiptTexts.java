package org.crmir.payment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.crmir.client.Client;
import org.crmir.communication.RelatedDocument;
import org.crmir.communication.SmsRules;
import org.crmir.communication.SmsService;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.InvalidInputException;

/**
 * A payment's receipt as a short SMS to the client's phone (the primary contact's, else the client's), when an
 * administrator switched it on (Admin → Settings) and this server can send SMS; in the receipt's transaction, so
 * it is queued once with the receipt.
 */
@ApplicationScoped
class ReceiptTexts {

    private static final Logger LOG = Logger.getLogger(ReceiptTexts.class.getName());

    @PersistenceContext
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
        Client client = em.find(Client.class, payment.getClientId());
        List<Object[]> primary = em.createQuery("SELECT k.id, k.phone FROM Contact k WHERE k.client = :client"
                + " AND k.primary = TRUE AND k.phone IS NOT NULL", Object[].class).setParameter("client", client)
                .setMaxResults(1).getResultList();
        Long contactId = primary.isEmpty() ? null : (Long) primary.get(0)[0];
        String phone = primary.isEmpty() ? client.getPhone() : (String) primary.get(0)[1];
        String to;
        try {
            to = SmsRules.phone("to", phone);
        } catch (InvalidInputException noNumber) {
            LOG.info("Receipt " + receiptNumber + " not texted: client " + client.getId()
                    + " has no phone number in international form");
            return;
        }
        String text = "Receipt " + receiptNumber + ": " + payment.getAmount() + " received for " + paidFor
                + ". Thank you! " + settings.getCompanyName();
        sms.send(new SmsService.NewSms(client.getId(), contactId, to, SmsRules.text("text",
                text.length() > SmsRules.MAX_TEXT ? text.substring(0, SmsRules.MAX_TEXT) : text),
                invoiceId == null ? null : RelatedDocument.INVOICE, invoiceId));
    }
}
