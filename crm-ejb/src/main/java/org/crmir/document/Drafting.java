package org.crmir.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Map;
import java.util.function.Consumer;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.client.Client;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * The steps every document draft goes through, in the calling service's transaction: the client must exist and be
 * active, an edit must start from the version its editor read, and each change is flushed (so the database's
 * refusals surface here) and then audited with the snapshots before and after.
 */
@ApplicationScoped
public class Drafting {

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The client a new draft is for; an archived client takes no new documents. */
    public Client activeClient(long clientId) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("Client", clientId);
        }
        if (!client.isActive()) {
            throw new RuleViolationException("Client " + client.getName() + " is archived; reactivate it first");
        }
        return client;
    }

    /** The document with this id, or a 404. */
    public <D> D load(DocumentKind<D> kind, long id) {
        return found(kind, id, em.find(kind.entity(), id));
    }

    /** The document with this id, locked until the transaction ends, so two commands on it run one after the other. */
    public <D> D lock(DocumentKind<D> kind, long id) {
        return found(kind, id, em.find(kind.entity(), id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Stores a new document and records its creation by {@code actor}. */
    public <D> D create(DocumentKind<D> kind, String actor, D document) {
        em.persist(document);
        em.flush();
        audit.record(actor, kind.auditName(), kind.id().apply(document), AuditAction.CREATE, Map.of(),
                kind.snapshot().apply(document));
        return document;
    }

    /** As {@link #change}, refused if someone saved the document since its editor read {@code expectedVersion}. */
    public <D> D edit(DocumentKind<D> kind, String actor, D document, long expectedVersion, Consumer<D> edit) {
        if (kind.version().applyAsLong(document) != expectedVersion) {
            throw new ConcurrentChangeException(kind.auditName() + " " + kind.id().apply(document));
        }
        return change(kind, actor, document, edit);
    }

    /** Applies {@code change} to the document and records what it changed. */
    public <D> D change(DocumentKind<D> kind, String actor, D document, Consumer<D> change) {
        Map<String, String> before = kind.snapshot().apply(document);
        change.accept(document);
        em.flush();
        audit.record(actor, kind.auditName(), kind.id().apply(document), AuditAction.UPDATE, before,
                kind.snapshot().apply(document));
        return document;
    }

    private static <D> D found(DocumentKind<D> kind, long id, D document) {
        if (document == null) {
            throw new NotFoundException(kind.auditName(), id);
        }
        return document;
    }
}
