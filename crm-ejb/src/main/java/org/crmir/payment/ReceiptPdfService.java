package org.crmir.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.logging.Logger;
import org.crmir.client.Client;
import org.crmir.client.Contact;
import org.crmir.communication.AttachmentData;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Direction;
import org.crmir.communication.Interaction;
import org.crmir.communication.NewInteraction;
import org.crmir.communication.RelatedDocument;
import org.crmir.communication.TemplateKind;
import org.crmir.identity.Role;
import org.crmir.invoice.Invoice;
import org.crmir.payment.Allocation;
import org.crmir.payment.Payment;
import org.crmir.payment.PaymentKind;
import org.crmir.payment.PaymentStatus;
import org.crmir.settings.CompanySettings;
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
    ReceiptRenderer renderer;

    @EJB
    CommunicationService communication;

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
        String details = join("\n", "Date: " + payment.getReceivedOn(), "Method: " + words(payment.getMethod().name()),
                payment.getReference() == null ? null : "Reference: " + payment.getReference());
        String summary = join("\n", "Not applied to invoices: " + payment.getUnallocated(),
                "Your credit with us: " + creditOf(payment.getClientId(), payment.getCurrency()));
        String footer = lines.isEmpty() ? "This payment is held as credit on your account and will be applied to"
                + " your next invoices." : "Thank you for your payment.";
        String number = numberOf(paymentId);
        ReceiptContent content = new ReceiptContent(number, join("\n", company.getCompanyName(), company.getAddress(),
                company.getTaxId() == null ? null : "Tax id: " + company.getTaxId(), company.getEmail(),
                company.getPhone()), join("\n", client.getName(), client.getBillingAddress().toString(),
                client.getTaxId() == null ? null : "Tax id: " + client.getTaxId()),
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
        Contact billing = em.createQuery("SELECT k FROM Contact k WHERE k.client = :client AND k.email IS NOT NULL"
                        + " ORDER BY k.primary DESC, k.id", Contact.class)
                .setParameter("client", client).setMaxResults(1).getResultStream().findFirst().orElse(null);
        String to = billing != null ? billing.getEmail() : client.getEmail();
        RelatedDocument related = invoiceId == null ? null : RelatedDocument.INVOICE;
        CompanySettings company = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
        if (to == null || to.isBlank()) {
            LOG.info("Receipt " + number + " not emailed: client " + client.getId() + " has no billing email");
            communication.record(client.getId(), new NewInteraction(Channel.NOTE, Direction.OUTBOUND,
                    company.getCompanyName(), client.getName(),
                    "Receipt " + number + " not emailed", "Payment of " + payment.getAmount() + " recorded; the"
                    + " receipt was not emailed because the client has no billing email address.", Instant.now(),
                    null, related, invoiceId));
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        values.put("contactName", billing != null ? billing.getName() : client.getName());
        values.put("clientName", client.getName());
        values.put("companyName", company.getCompanyName());
        values.put("senderName", company.getCompanyName());
        values.put("documentTitle", title);
        values.put("amount", payment.getAmount().toString());
        values.put("receiptNumber", number);
        RenderedPdf pdf = receiptPdf(paymentId);
        return Optional.of(communication.sendFromTemplate(TemplateKind.RECEIPT, client.getId(),
                billing == null ? null : billing.getId(), to, values,
                List.of(new AttachmentData(pdf.fileName(), "application/pdf", pdf.content())), related, invoiceId));
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

    private static String join(String separator, String... parts) {
        StringJoiner joined = new StringJoiner(separator);
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.add(part);
            }
        }
        return joined.toString();
    }
}
