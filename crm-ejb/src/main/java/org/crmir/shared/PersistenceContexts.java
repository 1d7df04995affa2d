package org.crmir.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceProperty;

/**
 * The one persistence context every bean injects ({@code @Inject EntityManager}): the container's
 * transaction-scoped entity manager of the unit {@code crm}, declared here once. WildFly's two synchronisation
 * settings are given at the injection point with their default values, because that is where WildFly looks first:
 * without them it asks the factory for its properties on every call of the entity manager, and EclipseLink
 * copies them each time (2 % of the server's CPU on the webhook path, docs/PERFORMANCE-webhooks.md).
 */
@ApplicationScoped
public class PersistenceContexts {

    @Produces
    @PersistenceContext(unitName = "crm", properties = {
            @PersistenceProperty(name = "wildfly.jpa.skipmixedsynctypechecking", value = "false"),
            @PersistenceProperty(name = "wildfly.jpa.allowjoinedunsync", value = "false")})
    EntityManager entityManager;
}
