package org.crmir.payment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.crmir.client.Client;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Direction;
import org.crmir.communication.NewInteraction;
import org.crmir.communication.RelatedDocument;
import org.crmir.communication.TemplateKind;
import org.crmir.document.DocumentSender;
import org.crmir.document.DocumentToSend;
import org.crmir.document.Recipient;
import org.crmir.document.RenderedPdf;
import org.crmir.invoice.Invoice;
import org.crmir.shared.BusinessClock;

/**
 * The receipt step, in the receipt queue's transaction: the receipt's row is locked, and unless it is prepared
 * already (a redelivered message) its PDF is rendered and stored and the client's email queued, all committing
 * together with the message's acknowledgement, so a payment gets one receipt and one email. A receipt asked for
 * while history was written down (demo data) is dated and sent as of that moment: nothing leaves now.
 */
@ApplicationScoped
public class ReceiptPreparation {

    private static final Logger LOG = Logger.getLogger(ReceiptPreparation.class.getName());

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    ReceiptContents contents;

    @Inject
    Event<PaymentRecorded> changed;

    @EJB
    CommunicationService communication;

    @EJB
    DocumentSender sender;

    @Inject
    ReceiptTexts texts;

    /** Prepares the payment's receipt; false when there was nothing to do (prepared before, or none asked for). */
    boolean prepare(long paymentId) {
        PaymentReceipt receipt = em.find(PaymentReceipt.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (receipt == null || receipt.isPrepared()) {
            return false;
        }
        if (receipt.getReplayedAt() != null && !clock.isReplaying()) {
            return clock.at(receipt.getReplayedAt(), () -> prepare(paymentId));
        }
        Payment payment = contents.payment(paymentId);
        List<Object[]> allocations = contents.allocations(paymentId); // read once: the PDF and the e-mail say them
        RenderedPdf pdf = contents.pdf(payment, allocations);
        receipt.prepared(pdf.content(), clock.now());
        em.flush(); // a refusal of the database fails this attempt here, where it is counted, not at the commit
        email(payment, allocations, pdf);
        changed.fire(new PaymentRecorded(paymentId, payment.getClientId()));
        return true;
    }

    /**
     * Queues the receipt for the client's billing contact (the primary contact with an email, else the client's
     * own address). Without an address nothing is sent: the history notes it, the payment stands.
     */
    private void email(Payment payment, List<Object[]> allocations, RenderedPdf pdf) {
        long paymentId = payment.getId();
        Client client = em.find(Client.class, payment.getClientId());
        String number = PaymentReceipt.numberOf(paymentId);
        Long invoiceId = allocations.isEmpty() ? null : ((Invoice) allocations.get(0)[1]).getId();
        String title = allocations.isEmpty() ? "payment " + number : allocations.size() == 1
                ? "invoice " + ((Invoice) allocations.get(0)[1]).getNumber()
                : "invoices " + String.join(", ", allocations.stream().map(r -> ((Invoice) r[1]).getNumber())
                        .toList());
        RelatedDocument related = invoiceId == null ? null : RelatedDocument.INVOICE;
        java.util.Optional<Recipient> to = sender.recipient(client.getId());
        if (to.isEmpty()) {
            texts.send(payment, number, title, invoiceId);
            LOG.info("Receipt " + number + " not emailed: client " + client.getId() + " has no billing email");
            communication.record(client.getId(), new NewInteraction(Channel.NOTE, Direction.OUTBOUND,
                    sender.companyName(), client.getName(),
                    "Receipt " + number + " not emailed", "Payment of " + payment.getAmount() + " recorded; the"
                    + " receipt was not emailed because the client has no billing email address.", clock.now(),
                    null, related, invoiceId));
            return;
        }
        texts.send(payment, number, title, invoiceId);
        sender.send(DocumentToSend.fromTemplate(to.get(), TemplateKind.RECEIPT, title,
                Map.of("senderName", sender.companyName(), "amount", payment.getAmount().toString(),
                        "receiptNumber", number), pdf, related, invoiceId));
    }
}
