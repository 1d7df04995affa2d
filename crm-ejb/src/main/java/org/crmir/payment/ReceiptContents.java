package org.crmir.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crmir.client.Client;
import org.crmir.document.RenderedPdf;
import org.crmir.invoice.Invoice;
import org.crmir.report.Letterhead;
import org.crmir.report.ReceiptContent;
import org.crmir.report.ReceiptLine;
import org.crmir.report.ReceiptRenderer;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;

/**
 * What a receipt says and its PDF (from {@code receipt.jrxml}): the payment, its allocations with the invoices'
 * balances, and the client's credit, as they stand in the caller's transaction. A CDI bean, not an EJB: a failure
 * reaches the receipt step as it is, and that step logs it once.
 */
@ApplicationScoped
public class ReceiptContents {

    @Inject
    EntityManager em;

    @Inject
    ReceiptRenderer renderer;

    /** The receipt of a payment as it stands now. */
    RenderedPdf pdf(long paymentId) {
        return pdf(payment(paymentId), allocations(paymentId));
    }

    /** The receipt of {@code payment}, whose live {@link #allocations} the caller read. */
    RenderedPdf pdf(Payment payment, List<Object[]> allocations) {
        long paymentId = payment.getId();
        Client client = em.find(Client.class, payment.getClientId());
        CompanySettings company = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
        List<ReceiptLine> lines = new ArrayList<>();
        for (Object[] row : allocations) {
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
        String number = PaymentReceipt.numberOf(paymentId);
        ReceiptContent content = new ReceiptContent(number, Letterhead.company(company), Letterhead.client(client),
                details, "Amount received: " + payment.getAmount(), summary, footer, lines);
        return new RenderedPdf(number + ".pdf", renderer.render(content));
    }

    /** A payment (not a refund) that exists, else not found. */
    Payment payment(long paymentId) {
        return receiptable(paymentId).orElseThrow(() -> new NotFoundException("Payment", paymentId));
    }

    /** The payment if it has a receipt: it exists and is a payment, not a refund. */
    Optional<Payment> receiptable(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId);
        return payment == null || payment.getKind() != PaymentKind.PAYMENT ? Optional.empty() : Optional.of(payment);
    }

    /** The payment's live allocations and their invoices, oldest first: rows of (Allocation, Invoice). */
    List<Object[]> allocations(long paymentId) {
        return em.createQuery("SELECT a, i FROM Allocation a, Invoice i WHERE i.id = a.invoiceId"
                + " AND a.paymentId = :id AND a.reversed = FALSE ORDER BY a.id", Object[].class)
                .setParameter("id", paymentId).setMaxResults(200).getResultList();
    }

    private Money creditOf(long clientId, String currency) {
        return ClientCredit.of(em, clientId).getOrDefault(currency, Money.zero(currency));
    }

    private static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
