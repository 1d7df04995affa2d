package org.crmir.communication;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmir.client.Client;
import org.crmir.client.Contact;
import org.crmir.figures.FigureChange;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.identity.Role;
import org.crmir.identity.UserAccount;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.CappedCount;
import org.crmir.shared.InputValidation;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Keyset;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;

/**
 * The communication history and outbound email. Logging and sending are for the roles that talk to clients;
 * everyone signed in may read. An email is stored QUEUED and put on {@code crm.outbound-mail} in the same
 * transaction: it is sent if and only if the request committed, and never inside the user's request.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class CommunicationService {

    static final String KIND_EMAIL = "email";
    static final String ID_PROPERTY = "interactionId";
    static final String KIND_PROPERTY = "kind";

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext context;

    @Inject
    JMSContext jms;

    @Inject
    SmsQueue smsQueue;

    @Resource(lookup = "java:/jms/queue/crm.outbound-mail")
    Queue outboundMail;

    @Resource(lookup = "java:jboss/mail/CrmMail")
    Session mail;

    @Inject
    InputValidation validation;

    @Inject
    Event<MessageStatusChanged> statusChanged;

    @Inject
    Figures figures;

    /** Writes down an interaction that happened outside CRMir. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT})
    public Interaction record(long clientId, NewInteraction draft) {
        requireClient(clientId);
        if (draft.channel() == null) {
            throw new InvalidInputException("channel", "choose call, meeting, note, email or SMS");
        }
        Instant now = clock.now();
        Instant when = draft.occurredAt() == null ? now : draft.occurredAt();
        if (when.isAfter(now.plus(Duration.ofDays(1)))) {
            throw new InvalidInputException("occurredAt", "cannot be in the future");
        }
        Interaction interaction = Interaction.recorded(clientId, draft.channel(),
                draft.direction() == null ? Direction.OUTBOUND : draft.direction(), draft.sender(),
                draft.recipient(), draft.subject(), draft.body(), when, Caller.nameOf(context));
        interaction.concern(contactOf(clientId, draft.contactId()), draft.relatedType(), draft.relatedId());
        validation.check(interaction);
        em.persist(interaction);
        em.flush(); // its id
        figures.added(FigureSource.INTERACTION, interaction.getId());
        return interaction;
    }

    /**
     * Queues an email to one recipient; the author's signature closes the body. Refused at once: a malformed
     * address, an empty subject or body, attachments over {@value Attachment#MAX_TOTAL_BYTES} bytes in all.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT})
    public Interaction sendEmail(OutgoingEmail email) {
        return queue(email, account().orElse(null)); // no account: a system principal, see queue
    }

    /**
     * Queues an email the application sends by itself on behalf of {@code authorUsername}, such as a contract
     * reminder to its owner from a timer: the same checks, history and pipeline as {@link #sendEmail}.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Interaction sendOnBehalfOf(String authorUsername, OutgoingEmail email) {
        return queue(email, user(authorUsername).orElseThrow(() -> new NotFoundException("User", authorUsername)));
    }

    private Interaction queue(OutgoingEmail email, UserAccount author) {
        requireClient(email.clientId());
        String to = checkedAddress(email.to());
        List<InvalidInputException.Violation> problems = new ArrayList<>();
        if (email.subject() == null || email.subject().isBlank()) {
            problems.add(new InvalidInputException.Violation("subject", "is required"));
        }
        if (email.body() == null || email.body().isBlank()) {
            problems.add(new InvalidInputException.Violation("body", "is required"));
        }
        long total = 0;
        for (AttachmentData file : email.attachments()) {
            if (file.fileName() == null || file.fileName().isBlank() || file.content() == null) {
                problems.add(new InvalidInputException.Violation("attachments", "each file needs a name and content"));
                continue;
            }
            total += file.content().length;
        }
        if (total > Attachment.MAX_TOTAL_BYTES) {
            problems.add(new InvalidInputException.Violation("attachments", "are " + (total / 1024 / 1024)
                    + " MB in all; at most " + (Attachment.MAX_TOTAL_BYTES / 1024 / 1024) + " MB can be sent"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // A system principal (the payment queue's "gateway") has no account: its emails go unsigned, in its name.
        String signature = author == null ? null : author.getSignature();
        String body = signature == null ? email.body() : email.body() + "\n\n-- \n" + signature;
        Interaction message = Interaction.outboundEmail(email.clientId(), senderAddress(), to, email.subject(), body,
                clock.now(), author == null ? Caller.nameOf(context) : author.getUsername());
        message.concern(contactOf(email.clientId(), email.contactId()), email.relatedType(), email.relatedId());
        validation.check(message);
        em.persist(message);
        em.flush(); // the attachments need its id
        for (AttachmentData file : email.attachments()) {
            String type = file.contentType() == null || file.contentType().isBlank() ? "application/octet-stream"
                    : file.contentType();
            em.persist(new Attachment(message.getId(), file.fileName().strip(), type, file.content()));
        }
        if (clock.isReplaying()) {
            // history being written down (demo data, imports): it was sent then, and nothing leaves now
            message.startSending();
            message.sent(clock.now());
        }
        figures.added(FigureSource.INTERACTION, message.getId()); // as it stands: queued, or sent when replayed
        if (!clock.isReplaying()) {
            enqueue(message);
        }
        return message;
    }

    /**
     * Sends a message made from the template of {@code kind}, with {@code values} for its placeholders; the
     * entry point other features use to send documents, reminders and receipts.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT})
    public Interaction sendFromTemplate(TemplateKind kind, long clientId, Long contactId, String to,
            Map<String, String> values, List<AttachmentData> attachments, RelatedDocument relatedType,
            Long relatedId) {
        MessageTemplate template = em.createQuery("SELECT t FROM MessageTemplate t WHERE t.kind = :kind",
                MessageTemplate.class).setParameter("kind", kind).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Template", kind));
        Map<String, String> all = new java.util.HashMap<>(values);
        if (!all.containsKey("senderName")) {
            all.put("senderName", author().getDisplayName());
        }
        all.put("signature", "");
        return sendEmail(new OutgoingEmail(clientId, contactId, to, template.renderSubject(all),
                template.renderBody(all), attachments, relatedType, relatedId));
    }

    /** Queues a FAILED message again, as it was. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT})
    public Interaction retry(long interactionId) {
        Interaction message = find(interactionId);
        if (message.getStatus() != DeliveryStatus.FAILED) {
            throw new RuleViolationException("Only a failed message can be retried; this one is "
                    + message.getStatus().name().toLowerCase(java.util.Locale.ROOT));
        }
        FigureChange figuresMoving = figures.changingStatus(FigureSource.INTERACTION, interactionId,
                message.getStatus(), DeliveryStatus.QUEUED);
        message.requeue();
        figuresMoving.apply();
        enqueue(message);
        statusChanged.fire(new MessageStatusChanged(message.getId(), message.getClientId(), message.getStatus(),
                message.getAuthor()));
        return message;
    }

    public Interaction find(long interactionId) {
        Interaction interaction = em.find(Interaction.class, interactionId);
        if (interaction == null) {
            throw new NotFoundException("Interaction", interactionId);
        }
        return interaction;
    }

    /** The file names of a message's attachments, in the order they were added. */
    public List<String> attachmentNames(long interactionId) {
        return em.createQuery("SELECT a.fileName FROM Attachment a WHERE a.interactionId = :id ORDER BY a.id",
                String.class).setParameter("id", interactionId).setMaxResults(100).getResultList();
    }

    /** A client's timeline, newest first, paged in the database. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public Page<InteractionRow> timeline(long clientId, HistoryFilter filter, PageRequest page) {
        requireClient(clientId);
        return new Page<>(rows(clientId, filter, page), count(clientId, filter), page.offset(), page.limit());
    }

    /**
     * What was said about one quote, invoice or contract (documents sent, reminders, the client's answers), newest
     * first, at most 100: interactions related to it, down their (related type, id) index.
     */
    public List<InteractionRow> about(RelatedDocument type, long id) {
        return em.createQuery("SELECT NEW org.crmir.communication.InteractionRow(i.id, i.clientId, c.name,"
                        + " i.channel, i.direction, i.sender, i.recipient, i.subject, i.occurredAt, i.status,"
                        + " i.errorText, i.attempts, i.author) FROM Interaction i LEFT JOIN Client c"
                        + " ON c.id = i.clientId WHERE i.relatedType = :type AND i.relatedId = :id"
                        + " ORDER BY i.occurredAt DESC, i.id DESC", InteractionRow.class)
                .setParameter("type", type).setParameter("id", id).setMaxResults(100).getResultList();
    }

    /** The communication history of all clients, newest first, paged in the database. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public Page<InteractionRow> history(HistoryFilter filter, PageRequest page) {
        return new Page<>(rows(null, filter, page), count(null, filter), page.offset(), page.limit());
    }

    /**
     * One page, newest first. The client's name comes by an outer join, which makes the database read the
     * interactions first, down an index in the page's order, and stop after the page: with an inner join MariaDB
     * may start from the (smaller) clients table and sort every interaction of the history before taking 25.
     * Every interaction has its client (a foreign key), so the rows are the same.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public List<InteractionRow> rows(Long clientId, HistoryFilter filter, PageRequest page) {
        HistoryCondition where = HistoryCondition.of(clientId, filter, Caller.nameOf(context))
                .and(Keyset.after(em, Interaction.class, "i", "occurredAt", true, page.afterId()));
        String condition = where.whereClause();
        TypedQuery<InteractionRow> query = em.createQuery("SELECT NEW org.crmir.communication.InteractionRow("
                + "i.id, i.clientId, c.name, i.channel, i.direction, i.sender, i.recipient, i.subject, i.occurredAt,"
                + " i.status, i.errorText, i.attempts, i.author) FROM Interaction i LEFT JOIN Client c"
                + " ON c.id = i.clientId" + condition + " ORDER BY i.occurredAt DESC, i.id DESC",
                InteractionRow.class);
        where.bindPage(query, em);
        return query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    /**
     * How many interactions match, exactly up to 10,000; past that the answer is 10,001, "more than 10,000".
     * An exact count reads every matching index entry, a million for the whole history, which costs more than
     * the page itself; a pager needs no more than this: {@link CappedCount} stops at the 10,001st match.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public long count(Long clientId, HistoryFilter filter) {
        HistoryCondition where = HistoryCondition.of(clientId, filter, Caller.nameOf(context));
        String condition = where.whereClause();
        TypedQuery<Long> matching = em.createQuery("SELECT i.id FROM Interaction i" + condition, Long.class);
        where.bindCount(matching, em);
        return CappedCount.of(em, matching);
    }

    private void enqueue(Interaction message) {
        if (message.getChannel() == Channel.SMS) {
            smsQueue.enqueue(message.getId()); // a retried SMS goes back to the SMS gateway, never to mail
            return;
        }
        // The container's JMSContext joins the JTA transaction: the message leaves only on commit.
        jms.createProducer()
                .setProperty(KIND_PROPERTY, KIND_EMAIL)
                .setProperty(ID_PROPERTY, message.getId())
                .send(outboundMail, String.valueOf(message.getId()));
    }

    private static String checkedAddress(String to) {
        if (to == null || to.isBlank()) {
            throw new InvalidInputException("to", "is required");
        }
        try {
            InternetAddress address = new InternetAddress(to.strip(), true);
            address.validate();
            if (!address.getAddress().contains("@") || !address.getAddress().substring(
                    address.getAddress().indexOf('@')).contains(".")) {
                throw new AddressException("no domain", to);
            }
            return address.getAddress();
        } catch (AddressException e) {
            throw new InvalidInputException("to", "'" + to.strip() + "' is not a valid email address");
        }
    }

    private String senderAddress() {
        String from = mail.getProperty("mail.from");
        return from == null || from.isBlank() ? "crmir@localhost" : from;
    }

    private void requireClient(long clientId) {
        if (em.find(Client.class, clientId) == null) {
            throw new NotFoundException("Client", clientId);
        }
    }

    private Long contactOf(long clientId, Long contactId) {
        if (contactId == null) {
            return null;
        }
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null || !contact.getClient().getId().equals(clientId)) {
            throw new InvalidInputException("contact", "is not a contact of this client");
        }
        return contactId;
    }

    private UserAccount author() {
        String name = Caller.nameOf(context);
        return account().orElseThrow(() -> new NotFoundException("User", name));
    }

    private java.util.Optional<UserAccount> account() {
        return user(Caller.nameOf(context));
    }

    /**
     * The user called {@code username}. Not identity's UserAccounts: identity sends its account mail through this
     * package, so this package reads users itself rather than close a circle.
     */
    private java.util.Optional<UserAccount> user(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst();
    }
}
