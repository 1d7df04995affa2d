package org.crmir.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.logging.Logger;
import org.crmir.invoice.Invoice;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Collecting an invoice with M-Pesa from its public pay page: the payer gives a phone number, Safaricom asks that
 * phone for the M-Pesa PIN (STK Push), and the callback later says how it ended. No sign-in: whoever holds the
 * invoice's pay token may pay it (and only that invoice), so these methods are {@code @PermitAll}; the pay token
 * is the authority.
 */
@Stateless
@PermitAll // the pay token is the authority, as for a quote's public link
public class MpesaCollection {

    private static final Logger LOG = Logger.getLogger(MpesaCollection.class.getName());

    @Inject
    EntityManager em;

    @EJB
    MpesaRequests requests;

    @Inject
    MpesaDaraja daraja;

    /** What an M-Pesa payment of this invoice would ask for, or why it cannot be paid that way. */
    public MpesaOffer offer(String payToken) {
        Invoice invoice = MpesaRequests.invoiceByToken(em, payToken, false);
        if (!MpesaSettings.fromEnvironment().isAvailable()) {
            return new MpesaOffer(invoice.getNumber(), invoice.getBalance(), null, MpesaSettings.NOT_AVAILABLE);
        }
        try {
            return new MpesaOffer(invoice.getNumber(), invoice.getBalance(),
                    StkAmount.forDue(MpesaRequests.payableBalance(invoice)), null);
        } catch (RuleViolationException refused) {
            return new MpesaOffer(invoice.getNumber(), invoice.getBalance(), null, refused.getMessage());
        }
    }

    /**
     * Sends an STK Push for what is due, in whole shillings (cents stay due, see {@link StkAmount}), to the
     * payer's phone. The request is stored before Daraja is called; a second submit within two minutes (same
     * invoice, phone and amount) returns the first push instead of ringing the phone again. Daraja's refusal
     * marks the request FAILED and is thrown as {@link RuleViolationException} with its reason; a bad phone
     * number is an {@link org.crmir.shared.InvalidInputException} on {@code phone}.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // no transaction open while Daraja answers
    public MpesaPush requestPayment(String payToken, String phone) {
        MpesaSettings settings = MpesaSettings.fromEnvironment().require();
        MpesaPhone payer = MpesaPhone.parse(phone);
        MpesaRequests.Opened opened = requests.open(payToken, payer);
        PaymentRequest request = opened.request();
        if (opened.reused()) {
            return view(request, opened.invoiceNumber());
        }
        try {
            MpesaDaraja.StkPushAccepted accepted = daraja.push(settings, payer, request.getMoney(),
                    StkAccountReference.of(opened.invoiceNumber()), "Pay invoice");
            requests.accepted(request.getId(), accepted.checkoutRequestId());
            LOG.info("STK Push " + accepted.checkoutRequestId() + " for invoice " + opened.invoiceNumber() + ", "
                    + request.getMoney());
        } catch (DarajaException refused) {
            requests.failed(request.getId(), refused.getMessage());
            throw new RuleViolationException(refused.getMessage());
        } catch (RuntimeException broken) { // e.g. an unusable CRMIR_MPESA_API_URL: the request must not stay CREATED
            LOG.log(java.util.logging.Level.WARNING, "STK Push for invoice " + opened.invoiceNumber() + " failed",
                    broken);
            requests.failed(request.getId(), "M-Pesa could not be asked: " + broken.getMessage());
            throw new RuleViolationException("M-Pesa could not be asked for the payment; please try again later.");
        }
        return status(payToken, request.getId());
    }

    /** Where a push of this invoice stands now; another invoice's request is "not found". */
    public MpesaPush status(String payToken, long requestId) {
        Invoice invoice = MpesaRequests.invoiceByToken(em, payToken, false);
        PaymentRequest request = em.find(PaymentRequest.class, requestId);
        if (request == null || request.getInvoiceId() != invoice.getId()
                || !MpesaRequests.GATEWAY.equals(request.getGateway())) {
            throw new NotFoundException("M-Pesa payment request", requestId);
        }
        return view(request, invoice.getNumber());
    }

    private static MpesaPush view(PaymentRequest request, String invoiceNumber) {
        return new MpesaPush(request.getId(), invoiceNumber, request.getMoney(),
                MpesaPhone.parse(request.getPayerPhone()).masked(), request.getStatus(), request.getFailure());
    }
}
