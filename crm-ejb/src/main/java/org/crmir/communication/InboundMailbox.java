package org.crmir.communication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.crmir.shared.BusinessClock;

/**
 * Files one mail read from the mailbox, in a transaction of its own: a bounce marks the message it returns; a
 * reply to a CRMir e-mail is logged on that e-mail's client and document; mail from a contact's or client's
 * address is logged on that client; anything else waits in triage. Each mail once, by its Message-ID. Called only
 * by {@link InboxReader}, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InboundMailbox {

    /** The author of what the mailbox logs. */
    public static final String AUTHOR = "mailbox";

    @Inject
    EntityManager em;

    @EJB
    OutboundMailbox outbound;

    @Inject
    InboundLog inboundLog;

    @Inject
    BusinessClock clock;

    /** Files {@code mail} unless it was filed already; returns what became of it. */
    public InboundOutcome take(InboundMessage read) {
        InboundMessage mail = read.receivedAt() != null ? read : new InboundMessage(read.messageId(), clock.now(),
                read.from(), read.to(), read.subject(), read.body(), read.contentType(), read.threading(),
                read.everything());
        List<InboundMail> known = em.createQuery("SELECT m FROM InboundMail m WHERE m.messageId = :id",
                InboundMail.class).setParameter("id", mail.messageId()).getResultList();
        if (!known.isEmpty()) {
            return known.get(0).getOutcome();
        }
        if (MailThreads.isBounce(mail.contentType(), mail.from())) {
            for (Long id : MailThreads.referencedInteractions(mail.everything())) {
                outbound.bounced(id, mail.subject() == null ? "returned by the receiving server"
                        : "returned by the receiving server: " + mail.subject());
            }
            em.persist(record(mail, InboundOutcome.BOUNCE));
            return InboundOutcome.BOUNCE;
        }
        Optional<Interaction> original = MailThreads.referencedInteractions(mail.threading()).stream()
                .map(id -> em.find(Interaction.class, id)).filter(i -> i != null).findFirst();
        Long client = original.map(Interaction::getClientId).orElseGet(() -> clientOf(mail.from()));
        InboundMail record = record(mail, client == null ? InboundOutcome.TRIAGE : InboundOutcome.LOGGED);
        em.persist(record);
        if (client != null) {
            Interaction logged = inboundLog.log(client, mail, original.orElse(null));
            record.logged(client, logged.getId(), AUTHOR);
        }
        return record.getOutcome();
    }

    private InboundMail record(InboundMessage mail, InboundOutcome outcome) {
        return new InboundMail(mail.messageId(), mail.receivedAt(), mail.from(), mail.subject(), mail.body(),
                outcome);
    }

    /** The one client whose own or whose contact's address {@code from} is; null for none or several. */
    private Long clientOf(String from) {
        if (from == null) {
            return null;
        }
        List<Long> clients = em.createQuery("SELECT DISTINCT k.client.id FROM Contact k WHERE k.email = :from",
                Long.class).setParameter("from", from).setMaxResults(2).getResultList();
        if (clients.isEmpty()) {
            clients = em.createQuery("SELECT c.id FROM Client c WHERE c.email = :from", Long.class)
                    .setParameter("from", from).setMaxResults(2).getResultList();
        }
        return clients.size() == 1 ? clients.get(0) : null;
    }

}
