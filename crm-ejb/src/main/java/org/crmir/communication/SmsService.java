package org.crmir.communication;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crmir.client.Client;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.identity.Role;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.InputValidation;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;

/**
 * SMS to a client's phone through the configured gateway, written in the client's history as it goes (queued,
 * sending, sent, delivered or failed, from the gateway's delivery reports).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT})
public class SmsService {

    /** An SMS a user writes: to whom, what, and what it is about (optional). */
    public record NewSms(long clientId, Long contactId, String to, String text, RelatedDocument relatedType,
            Long relatedId) implements Serializable {
    }

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    BusinessClock clock;

    @Inject
    InputValidation validation;

    @Inject
    Figures figures;

    @Inject
    SmsQueue queue;

    @Inject
    Event<MessageStatusChanged> statusChanged;

    /** Whether this server can send SMS at all: the screens offer it only then. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
    public boolean isAvailable() {
        return SmsSettings.fromEnvironment().isAvailable();
    }

    /** Queues the SMS; refused at once for a number or text that cannot be sent, or when SMS is not set up. */
    public Interaction send(NewSms sms) {
        SmsSettings settings = SmsSettings.fromEnvironment().require();
        if (em.find(Client.class, sms.clientId()) == null) {
            throw new NotFoundException("Client", sms.clientId());
        }
        List<InvalidInputException.Violation> problems = new ArrayList<>();
        String to = null;
        String text = null;
        try {
            to = SmsRules.phone("to", sms.to());
        } catch (InvalidInputException e) {
            problems.addAll(e.getViolations());
        }
        try {
            text = SmsRules.text("text", sms.text());
        } catch (InvalidInputException e) {
            problems.addAll(e.getViolations());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Interaction message = Interaction.outboundSms(sms.clientId(),
                settings.sender() == null ? settings.username() : settings.sender(), to, text, clock.now(),
                Caller.nameOf(context));
        message.concern(contactOf(sms.clientId(), sms.contactId()), sms.relatedType(), sms.relatedId());
        validation.check(message);
        em.persist(message);
        em.flush();
        figures.added(FigureSource.INTERACTION, message.getId());
        queue.enqueue(message.getId());
        statusChanged.fire(new MessageStatusChanged(message.getId(), message.getClientId(), message.getStatus(),
                message.getAuthor()));
        return message;
    }

    /**
     * A text CRMir writes itself (a receipt, a reminder) to the client's phone: the primary contact's, else the
     * client's own. Empty when the client has no number in international form: nothing is sent then.
     */
    public Optional<Interaction> textClient(long clientId, String text, RelatedDocument relatedType, Long relatedId) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("Client", clientId);
        }
        List<Object[]> primary = em.createQuery("SELECT k.id, k.phone FROM Contact k WHERE k.client = :client"
                + " AND k.primary = TRUE AND k.phone IS NOT NULL", Object[].class).setParameter("client", client)
                .setMaxResults(1).getResultList();
        Long contactId = primary.isEmpty() ? null : (Long) primary.get(0)[0];
        String phone = primary.isEmpty() ? client.getPhone() : (String) primary.get(0)[1];
        try {
            SmsRules.phone("to", phone);
        } catch (InvalidInputException noNumber) {
            return Optional.empty();
        }
        // Our own wording, so it is never too long but for a company name of extraordinary length: cut, not refused.
        String fitting = text.length() > SmsRules.MAX_TEXT ? text.substring(0, SmsRules.MAX_TEXT) : text;
        return Optional.of(send(new NewSms(clientId, contactId, phone, fitting, relatedType, relatedId)));
    }

    private Long contactOf(long clientId, Long contactId) {
        if (contactId == null) {
            return null;
        }
        List<Long> found = em.createQuery("SELECT k.id FROM Contact k WHERE k.id = :id AND k.client.id = :client",
                Long.class).setParameter("id", contactId).setParameter("client", clientId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Contact", contactId);
        }
        return contactId;
    }
}
