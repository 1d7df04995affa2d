package org.crmir.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.crmir.client.Client;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Direction;
import org.crmir.communication.Interaction;
import org.crmir.communication.NewInteraction;
import org.crmir.communication.RelatedDocument;
import org.crmir.communication.TemplateKind;
import org.crmir.document.DocumentSender;
import org.crmir.document.DocumentToSend;
import org.crmir.document.Recipient;
import org.crmir.document.RenderedPdf;
import org.crmir.identity.Role;
import org.crmir.invoice.Invoice;
import org.crmir.report.Letterhead;
import org.crmir.report.ReceiptContent;
import org.crmir.report.ReceiptLine;
import org.crmir.report.ReceiptRenderer;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;

/**
 * Payment receipts: the PDF (number {@code RCPT-} and the payment's id, so a payment has one receipt whatever
 * happens), and emailing it to the client's billing contact through the communication pipeline, in the caller's
 * transaction: the email leaves if and only if the payment commits, so a redelivered gateway event that rolled
 * back sent nothing, and one that finds its event processed sends nothing again.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.SALES, Role.Names.SUPPORT, Role.Names.VIEWER})
public class ReceiptPdfService {

    private static final Logger LOG = Logger.getLogger(ReceiptPdfService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    ReceiptRenderer renderer;

    @EJB
    CommunicationService communication;

    @EJB
    DocumentSender sender;

    /** The receipt number of a payment. */
    public static String numberOf(long paymentId) {
        return String.format(Locale.ROOT, "RCPT-%06d", paymentId);
    }

    /** The receipt of a payment as it stands: its allocations, the invoices' balances and the client's credit. */
    public RenderedPdf receiptPdf(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null || payment.getKind() != PaymentKind.PAYMENT) {
            throw new NotFoundException("Payment", paymentId);
        }
        Client client = em.find(Client.class, payment.getClientId());
        CompanySettings company = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
        List<ReceiptLine> lines = new ArrayList<>();
        for (Object[] row : allocations(paymentId)) {
            Allocation allocation = (Allocation) row[0];
            Invoice invoice = (Invoice) row[1];
            lines.add(new ReceiptLine(invoice.getNumber(), Money.of(allocation.getAmount(),
                    payment.getCurrency()).toString(), invoice.getBalance().toString()));
        }
        String details = Letterhead.join("\n", "Date: " + payment.getReceivedOn(),
                "Method: " + words(payment.getMethod().name()),
                payment.getReference() == null ? null : "Reference: " + payment.getReference());
        String summary = Letterhead.join("\n", "Not applied to invoices: " + payment.getUnallocated(),
                "Your credit with us: " + creditOf(payment.getClientId(), payment.getCurrency()));
        String footer = lines.isEmpty() ? "This payment is held as credit on your account and will be applied to"
                + " your next invoices." : "Thank you for your payment.";
        String number = numberOf(paymentId);
        ReceiptContent content = new ReceiptContent(number, Letterhead.company(company), Letterhead.client(client),
                details, "Amount received: " + payment.getAmount(), summary, footer, lines);
        return new RenderedPdf(number + ".pdf", renderer.render(content));
    }

    /**
     * Queues the receipt of a payment for the client's billing contact (the primary contact with an email, else
     * the client's own address). Without an address nothing is sent: the history notes it, the payment stands.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Optional<Interaction> sendReceipt(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        if (payment == null) {
            throw new NotFoundException("Payment", paymentId);
        }
        Client client = em.find(Client.class, payment.getClientId());
        List<Object[]> allocations = allocations(paymentId);
        String number = numberOf(paymentId);
        Long invoiceId = allocations.isEmpty() ? null : ((Invoice) allocations.get(0)[1]).getId();
        String title = allocations.isEmpty() ? "payment " + number : allocations.size() == 1
                ? "invoice " + ((Invoice) allocations.get(0)[1]).getNumber()
                : "invoices " + String.join(", ", allocations.stream().map(r -> ((Invoice) r[1]).getNumber())
                        .toList());
        RelatedDocument related = invoiceId == null ? null : RelatedDocument.INVOICE;
        Optional<Recipient> to = sender.recipient(client.getId());
        if (to.isEmpty()) {
            LOG.info("Receipt " + number + " not emailed: client " + client.getId() + " has no billing email");
            communication.record(client.getId(), new NewInteraction(Channel.NOTE, Direction.OUTBOUND,
                    sender.companyName(), client.getName(),
                    "Receipt " + number + " not emailed", "Payment of " + payment.getAmount() + " recorded; the"
                    + " receipt was not emailed because the client has no billing email address.", clock.now(),
                    null, related, invoiceId));
            return Optional.empty();
        }
        RenderedPdf pdf = receiptPdf(paymentId);
        return Optional.of(sender.send(DocumentToSend.fromTemplate(to.get(), TemplateKind.RECEIPT, title,
                Map.of("senderName", sender.companyName(), "amount", payment.getAmount().toString(),
                        "receiptNumber", number), pdf, related, invoiceId)));
    }

    private List<Object[]> allocations(long paymentId) {
        return em.createQuery("SELECT a, i FROM Allocation a, Invoice i WHERE i.id = a.invoiceId"
                + " AND a.paymentId = :id AND a.reversed = FALSE ORDER BY a.id", Object[].class)
                .setParameter("id", paymentId).setMaxResults(200).getResultList();
    }

    /** Brackets around the sum: EclipseLink renders "a - b - c" as "a - (b - c)". */
    private Money creditOf(long clientId, String currency) {
        BigDecimal credit = em.createQuery("SELECT SUM(p.amount - (p.allocatedTotal + p.refundedTotal)) FROM Payment p"
                        + " WHERE p.clientId = :client AND p.currency = :currency AND p.kind = :kind"
                        + " AND p.status = :recorded", BigDecimal.class)
                .setParameter("client", clientId).setParameter("currency", currency)
                .setParameter("kind", PaymentKind.PAYMENT).setParameter("recorded", PaymentStatus.RECORDED)
                .getSingleResult();
        return credit == null ? Money.zero(currency) : Money.rounded(credit, currency);
    }

    private static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
