package org.crmir.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.shared.Text;

/** Writes a mail from the mailbox down as an inbound e-mail on a client, in the caller's transaction. */
@ApplicationScoped
class InboundLog {

    @Inject
    EntityManager em;

    @Inject
    Figures figures;

    /** Logs {@code mail} on {@code client}, about the same document as {@code original} (a sent e-mail, or null). */
    Interaction log(long client, InboundMessage mail, Interaction original) {
        Interaction inbound = Interaction.recorded(client, Channel.EMAIL, Direction.INBOUND,
                Text.cut(mail.from() == null ? "(unknown sender)" : mail.from(), 254),
                Text.cut(mail.to() == null ? "(mailbox)" : mail.to(), 254), Text.cut(mail.subject(), 200),
                Text.cut(mail.body(), Interaction.MAX_BODY), mail.receivedAt(), InboundMailbox.AUTHOR);
        inbound.concern(contactOf(client, mail.from()), original == null ? null : original.getRelatedType(),
                original == null ? null : original.getRelatedId());
        em.persist(inbound);
        em.flush();
        figures.added(FigureSource.INTERACTION, inbound.getId());
        return inbound;
    }

    private Long contactOf(long client, String from) {
        List<Long> contacts = em.createQuery("SELECT k.id FROM Contact k WHERE k.client.id = :client"
                + " AND k.email = :from", Long.class).setParameter("client", client).setParameter("from", from)
                .setMaxResults(1).getResultList();
        return contacts.isEmpty() ? null : contacts.get(0);
    }
}
