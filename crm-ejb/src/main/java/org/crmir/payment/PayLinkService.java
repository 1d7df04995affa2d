package org.crmir.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.crmir.client.Client;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.PayLinks;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.Money;

/** The public pay page's data: an invoice as its payer sees it, found by its pay token. */
@Stateless
public class PayLinkService {

    @Inject
    EntityManager em;

    @EJB
    PaymentRequests requests;

    /**
     * The invoice behind a pay token; NotFoundException for a blank or unknown one. {@code @PermitAll}: the payer
     * is not signed in; the unguessable token is the authority, and it only shows what the invoice already says.
     */
    @PermitAll
    public PublicInvoice publicView(String payToken) {
        Invoice invoice = PayLinks.PAGE.find(em, payToken, false);
        Client client = em.find(Client.class, invoice.getClientId());
        CompanySettings company = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
        PaymentRequest card = requests.latest(invoice.getId(), PaymentRequests.STRIPE).orElse(null);
        Money due = invoice.getStatus().isOpen() ? invoice.getBalance() : Money.zero(invoice.getCurrency());
        boolean failed = card != null && card.getStatus() == PaymentRequestStatus.FAILED;
        return new PublicInvoice(company.getCompanyName(), invoice.getNumber(), client.getName(),
                invoice.getIssueDate(), invoice.getDueDate(), invoice.getStatus(), invoice.getTotal(),
                invoice.getCredited(), invoice.getPaid(), due, StripeSettings.configured(),
                failed ? card.getFailure() : null, invoice.getLines(), invoice.getSubtotal(),
                invoice.getDiscountTotal(), invoice.getTaxTotal(), new BankTransfer(company.getBankDetails(),
                        invoice.getNumber(), company.getPaymentInstructions(), company.getEmail(),
                        company.getPhone()));
    }
}
