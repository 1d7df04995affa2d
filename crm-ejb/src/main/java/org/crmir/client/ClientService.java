package org.crmir.client;

import org.crmir.shared.CappedCount;
import org.crmir.shared.Keyset;
import org.crmir.shared.BusinessEventType;
import org.crmir.shared.BusinessEvent;
import jakarta.enterprise.event.Event;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.figures.FigureChange;
import org.crmir.figures.Figures;
import org.crmir.identity.Role;
import org.crmir.identity.UserAccount;
import org.crmir.identity.UserAccounts;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.IdempotentCreates;
import org.crmir.shared.InputValidation;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;

/**
 * Clients and their contacts. Everyone signed in may read; sales and administrators change clients; support may
 * also keep contacts up to date. Every change writes an audit event in the same transaction.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class ClientService {

    static final String CLIENT = "Client";
    static final String CONTACT = "Contact";
    /** Counts past this are reported as {@code COUNT_CAP + 1}: "more than 10,000". */
    public static final int COUNT_CAP = PageRequest.COUNT_CAP;

    /** The columns the list may be sorted by, mapped to entity attributes; anything else is refused. */
    private static final Set<String> SORTABLE = Set.of("name", "email", "phone", "segment", "status", "currency",
            "updatedAt", "createdAt", "kind");

    @Inject
    EntityManager em;

    @Inject
    Event<BusinessEvent> happened;

    @Inject
    Event<ClientChangedHands> changedHands;

    @Inject
    UserAccounts accounts;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext context;

    @Inject
    Figures figures;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    @Inject
    IdempotentCreates idempotent;

    /** Forgotten at every write of a client or contact: names, e-mails and phones are what a search matches. */
    @Inject
    ClientTextMatches textMatches;

    /** Registers a new client, owned by the caller unless {@code ownerUsername} names another active user. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Client create(Client draft, String ownerUsername) {
        return register(draft, ownerUsername);
    }

    /**
     * As {@link #create(Client, String)}, once per {@code idempotencyKey}: a retry with the same key returns the
     * client the first request made instead of making another.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Client create(Client draft, String ownerUsername, String idempotencyKey) {
        long id = idempotent.once(Caller.nameOf(context), "client.create", idempotencyKey,
                () -> register(draft, ownerUsername).getId());
        return load(id);
    }

    private Client register(Client draft, String ownerUsername) {
        Client client = new Client(draft.getKind(), draft.getName());
        Instant now = clock.now();
        client.updateFrom(draft, now);
        client.registered(now);
        client.setOwner(owner(ownerUsername == null ? Caller.nameOf(context) : ownerUsername));
        validation.check(client);
        em.persist(client);
        em.flush();
        textMatches.forget();
        audit.record(Caller.nameOf(context), CLIENT, client.getId(), AuditAction.CREATE, Map.of(),
                client.auditSnapshot());
        happened.fire(new BusinessEvent(BusinessEventType.CLIENT_CREATED, client.getId(),
                Map.of("name", client.getName(), "owner", client.getOwner().getUsername())));
        return client;
    }

    /**
     * Saves edits made to the version {@code expectedVersion} of the client. If someone saved it in between,
     * nothing is written and {@link ConcurrentChangeException} says so.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Client update(long id, long expectedVersion, Client edited, String ownerUsername) {
        Client client = load(id);
        if (client.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Client " + client.getName());
        }
        Map<String, String> before = client.auditSnapshot();
        // Its figures are keyed by owner and segment: they move with them (a read of the client's rows).
        boolean changesHands = ownerUsername != null && (client.getOwner() == null
                || !ownerUsername.equals(client.getOwner().getUsername()));
        boolean regrouped = changesHands || !java.util.Objects.equals(client.getSegment(), edited.getSegment());
        List<FigureChange> figuresMoving = regrouped ? figures.changingClient(id) : List.of();
        client.updateFrom(edited, clock.now());
        if (ownerUsername != null) {
            client.setOwner(owner(ownerUsername));
        }
        validation.check(client);
        flushOrConflict("Client " + client.getName());
        if (changesHands) {
            changedHands.fire(new ClientChangedHands(id, client.getOwner().getId()));
        }
        figuresMoving.forEach(FigureChange::apply);
        textMatches.forget();
        audit.record(Caller.nameOf(context), CLIENT, id, AuditAction.UPDATE, before, client.auditSnapshot());
        return client;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Client archive(long id) {
        Client client = load(id);
        Map<String, String> before = client.auditSnapshot();
        client.archive(clock.now());
        flushOrConflict("Client " + client.getName());
        textMatches.forget(); // a search's matches are collected with the list's status
        audit.record(Caller.nameOf(context), CLIENT, id, AuditAction.ARCHIVE, before, client.auditSnapshot());
        return client;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Client reactivate(long id) {
        Client client = load(id);
        Map<String, String> before = client.auditSnapshot();
        client.reactivate(clock.now());
        flushOrConflict("Client " + client.getName());
        textMatches.forget(); // a search's matches are collected with the list's status
        audit.record(Caller.nameOf(context), CLIENT, id, AuditAction.REACTIVATE, before, client.auditSnapshot());
        return client;
    }

    /** The client with its tags and owner loaded, ready to show or edit. */
    public Client find(long id) {
        List<Client> found = em.createQuery("SELECT c FROM Client c LEFT JOIN FETCH c.owner WHERE c.id = :id",
                        Client.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException(CLIENT, id);
        }
        Client client = found.get(0);
        client.getTags().size(); // load the tags while the persistence context is open
        return client;
    }

    /** One page of clients matching the filter, sorted and paged in the database, with the total count. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public Page<ClientSummary> search(ClientFilter filter, PageRequest page) {
        return new Page<>(list(filter, page), count(filter), page.offset(), page.limit());
    }

    /**
     * The rows of one page, sorted with the id as tie-break: first the page's ids from the clients alone, then
     * those rows with their owners' names. Page 400 of the list skips 10,000 clients: read as ids, that is
     * 10,000 entries of the sort's index (ix_clients_status_name); read as rows with their owners, 10,000 rows
     * and owners fetched and dropped.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public List<ClientSummary> list(ClientFilter filter, PageRequest page) {
        String sortField = page.sortField() == null ? "name" : page.sortField();
        if (!SORTABLE.contains(sortField)) {
            throw new InvalidInputException("sort", "cannot sort by " + sortField + "; use one of "
                    + String.join(", ", new java.util.TreeSet<>(SORTABLE)));
        }
        ClientQuery query = queryOf(filter).and(Keyset.after(em, Client.class, "c", sortField, !page.ascending(),
                page.afterId()));
        String direction = page.ascending() ? " ASC" : " DESC";
        String order = " ORDER BY c." + sortField + direction + ", c.id" + direction;
        TypedQuery<Long> pageIds = query.bind(em.createQuery("SELECT c.id" + query.fromClients() + query.where()
                + order, Long.class));
        if (query.readInNameOrder(sortField)) {
            pageIds.setHint("eclipselink.sql.hint", "STRAIGHT_JOIN"); // placed after SELECT: the clients first
        }
        List<Long> ids = pageIds.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT NEW org.crmir.client.ClientSummary(c.id, c.kind, c.name, c.email,"
                        + " c.phone, c.segment, c.currency, c.status, o.displayName, c.updatedAt)"
                        + " FROM Client c LEFT JOIN c.owner o WHERE c.id IN :ids" + order, ClientSummary.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * How many clients match the filter, exactly up to {@link #COUNT_CAP}; past that {@code COUNT_CAP + 1} ("more
     * than 10,000"), as the invoice list counts. An exact count of 100,000 active clients reads every entry of
     * the status index on each page request (about 100 ms, benchmark/screens); {@link CappedCount} stops at the
     * 10,001st match. A search is counted from the ids {@link ClientTextMatches} collected, at most 10,001: by
     * their number when nothing but the text and the status narrows the list.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public long count(ClientFilter filter) {
        ClientQuery query = queryOf(filter);
        long collected = query.countOfIds();
        if (collected >= 0) {
            return collected;
        }
        LongSupplier exact = () -> query.bind(em.createQuery("SELECT COUNT(c)" + query.fromClients() + query.where(),
                Long.class)).getSingleResult();
        if (query.byIds()) { // at most COUNT_CAP + 1 ids: nothing to cap
            return exact.getAsLong();
        }
        return CappedCount.of(em, query.bind(em.createQuery("SELECT c.id" + query.fromClients() + query.where(),
                Long.class)));
    }

    /**
     * The filter's conditions, its search text answered by the ids {@link ClientTextMatches} collects index by
     * index; a text matching more than {@link #COUNT_CAP} + 1 clients keeps the one ORed condition.
     */
    private ClientQuery queryOf(ClientFilter filter) {
        if (filter == null || filter.text() == null || filter.text().isBlank()) {
            return new ClientQuery(filter);
        }
        return new ClientQuery(filter, textMatches.of(em, filter.text(), filter.status(), COUNT_CAP + 1).orElse(null));
    }

    // ---- contacts ----

    /** The contacts of a client, primary first, then by name; paged. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only
    public Page<Contact> contactsOf(long clientId, PageRequest page) {
        Client client = load(clientId);
        List<Contact> items = em.createQuery("SELECT k FROM Contact k WHERE k.client = :client"
                        + " ORDER BY k.primary DESC, k.name, k.id", Contact.class)
                .setParameter("client", client)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        long total = em.createQuery("SELECT COUNT(k) FROM Contact k WHERE k.client = :client", Long.class)
                .setParameter("client", client).getSingleResult();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public Contact findContact(long clientId, long contactId) {
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null || !contact.getClient().getId().equals(clientId)) {
            throw new NotFoundException(CONTACT, contactId);
        }
        return contact;
    }

    /** Adds a contact; the first contact of a client, or one marked primary, becomes the primary contact. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.SUPPORT})
    public Contact addContact(long clientId, Contact draft) {
        return attachContact(clientId, draft);
    }

    /** As {@link #addContact(long, Contact)}, once per {@code idempotencyKey}. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.SUPPORT})
    public Contact addContact(long clientId, Contact draft, String idempotencyKey) {
        long id = idempotent.once(Caller.nameOf(context), "contact.create:" + clientId, idempotencyKey,
                () -> attachContact(clientId, draft).getId());
        return findContact(clientId, id);
    }

    private Contact attachContact(long clientId, Contact draft) {
        Client client = load(clientId);
        Contact contact = new Contact(draft.getName(), draft.getJobTitle(), draft.getEmail(), draft.getPhone());
        contact.belongTo(client, clock.now());
        validation.check(contact);
        boolean first = em.createQuery("SELECT COUNT(k) FROM Contact k WHERE k.client = :client", Long.class)
                .setParameter("client", client).getSingleResult() == 0;
        if (first || draft.isPrimary()) {
            demoteOtherPrimaries(client, null);
            contact.makePrimary();
        }
        em.persist(contact);
        em.flush();
        textMatches.forget();
        audit.record(Caller.nameOf(context), CONTACT, contact.getId(), AuditAction.CREATE, Map.of(),
                withClient(contact));
        return contact;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.SUPPORT})
    public Contact updateContact(long clientId, long contactId, long expectedVersion, Contact edited) {
        Contact contact = findContact(clientId, contactId);
        if (contact.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Contact " + contact.getName());
        }
        Map<String, String> before = withClient(contact);
        contact.updateFrom(edited);
        validation.check(contact);
        if (edited.isPrimary() && !contact.isPrimary()) {
            demoteOtherPrimaries(contact.getClient(), contact.getId());
            contact.makePrimary();
        }
        flushOrConflict("Contact " + contact.getName());
        textMatches.forget();
        audit.record(Caller.nameOf(context), CONTACT, contactId, AuditAction.UPDATE, before, withClient(contact));
        return contact;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.SUPPORT})
    public void removeContact(long clientId, long contactId) {
        Contact contact = findContact(clientId, contactId);
        Map<String, String> before = withClient(contact);
        em.remove(contact);
        textMatches.forget();
        audit.record(Caller.nameOf(context), CONTACT, contactId, AuditAction.DELETE, before, Map.of());
    }

    private void demoteOtherPrimaries(Client client, Long keep) {
        List<Contact> primaries = em.createQuery("SELECT k FROM Contact k WHERE k.client = :client"
                        + " AND k.primary = TRUE", Contact.class)
                .setParameter("client", client).getResultList();
        for (Contact other : primaries) {
            if (!other.getId().equals(keep)) {
                other.makeSecondary();
            }
        }
    }

    private static Map<String, String> withClient(Contact contact) {
        Map<String, String> snapshot = contact.auditSnapshot();
        snapshot.put("client", String.valueOf(contact.getClient().getId()));
        return snapshot;
    }

    private UserAccount owner(String username) {
        return accounts.active(username)
                .orElseThrow(() -> new InvalidInputException("owner", "no active user named " + username));
    }

    private Client load(long id) {
        Client client = em.find(Client.class, id);
        if (client == null) {
            throw new NotFoundException(CLIENT, id);
        }
        return client;
    }

    /** Writes now, so that a concurrent save surfaces here as a clear conflict, not at commit. */
    private void flushOrConflict(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException conflict) {
            throw new ConcurrentChangeException(what);
        }
    }
}
