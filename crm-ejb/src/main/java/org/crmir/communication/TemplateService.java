package org.crmir.communication;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.identity.Role;
import org.crmir.shared.Caller;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InputValidation;
import org.crmir.shared.NotFoundException;

/** The message templates: everyone may read them, administrators edit them. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class TemplateService {

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** One per kind, so the list is as short as {@link TemplateKind}. */
    public List<MessageTemplate> all() {
        return em.createQuery("SELECT t FROM MessageTemplate t ORDER BY t.kind", MessageTemplate.class)
                .setMaxResults(TemplateKind.values().length).getResultList();
    }

    public MessageTemplate find(TemplateKind kind) {
        return em.createQuery("SELECT t FROM MessageTemplate t WHERE t.kind = :kind", MessageTemplate.class)
                .setParameter("kind", kind).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Template", kind));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public MessageTemplate rewrite(TemplateKind kind, long expectedVersion, String subject, String body) {
        MessageTemplate template = find(kind);
        if (template.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Template " + kind);
        }
        Map<String, String> before = Map.of("subject", template.getSubject(), "body", template.getBody());
        template.rewrite(subject, body, Instant.now());
        validation.check(template);
        em.flush();
        audit.record(Caller.nameOf(context), "Template", template.getId(), AuditAction.UPDATE, before,
                Map.of("subject", template.getSubject(), "body", template.getBody()));
        return template;
    }
}
