package org.crmir.communication;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.crmir.client.Client;
import org.crmir.identity.Role;
import org.crmir.shared.Caller;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;

/**
 * Mail that came to CRMir's mailbox from an unknown address and is no reply: a person files it on the right client
 * (logged there as an inbound e-mail) or discards it. Open to those who may log interactions.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT})
public class MailTriage {

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @jakarta.inject.Inject
    InboundLog inboundLog;


    /** Mail waiting to be filed, oldest first; the count is capped as on other big lists. */
    public Page<InboundMail> waiting(PageRequest page) {
        var items = em.createQuery("SELECT m FROM InboundMail m WHERE m.outcome = :triage ORDER BY m.id",
                InboundMail.class).setParameter("triage", InboundOutcome.TRIAGE).setFirstResult(page.offset())
                .setMaxResults(page.limit()).getResultList();
        long total = em.createQuery("SELECT m.id FROM InboundMail m WHERE m.outcome = :triage", Long.class)
                .setParameter("triage", InboundOutcome.TRIAGE).setMaxResults(PageRequest.COUNT_CAP + 1)
                .getResultList().size();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    /** Logs the mail on {@code clientId} as an inbound e-mail. */
    public Interaction file(long mailId, long clientId) {
        InboundMail mail = waitingMail(mailId);
        if (em.find(Client.class, clientId) == null) {
            throw new NotFoundException("Client", clientId);
        }
        Interaction logged = inboundLog.log(clientId, new InboundMessage(mail.getMessageId(), mail.getReceivedAt(),
                mail.getSender(), null, mail.getSubject(), mail.getBody(), null, "", ""), null);
        mail.logged(clientId, logged.getId(), Caller.nameOf(context));
        return logged;
    }

    public void discard(long mailId) {
        waitingMail(mailId).discard(Caller.nameOf(context));
    }

    private InboundMail waitingMail(long mailId) {
        InboundMail mail = em.find(InboundMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null) {
            throw new NotFoundException("Mail", mailId);
        }
        return mail;
    }
}
