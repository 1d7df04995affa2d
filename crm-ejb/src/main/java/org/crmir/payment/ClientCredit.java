package org.crmir.payment;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmir.shared.Money;

/**
 * A client's credit per currency: what its recorded payments have neither allocated nor refunded. Read from the
 * payments' own index (V80, {@code ix_payments_client_open_credit}): only the payments with credit left, however
 * many the client has. For the pages and the receipt alike.
 */
final class ClientCredit {

    private ClientCredit() {
    }

    /** The currencies in which the client has credit, each with its amount; none with zero. */
    static Map<String, Money> of(EntityManager em, long clientId) {
        List<Object[]> rows = em.createQuery("SELECT p.currency, SUM(p.openCredit) FROM Payment p"
                        + " WHERE p.clientId = :client AND p.kind = :kind AND p.status = :recorded"
                        + " AND p.openCredit > 0 GROUP BY p.currency ORDER BY p.currency", Object[].class)
                .setParameter("client", clientId).setParameter("kind", PaymentKind.PAYMENT)
                .setParameter("recorded", PaymentStatus.RECORDED).getResultList();
        Map<String, Money> credit = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Money amount = Money.rounded((BigDecimal) row[1], (String) row[0]);
            if (!amount.isZero()) {
                credit.put((String) row[0], amount);
            }
        }
        return credit;
    }
}
