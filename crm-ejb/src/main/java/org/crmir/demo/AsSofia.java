package org.crmir.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.function.Supplier;
import org.crmir.identity.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs a step of the demo history as 'sofia' (a sales person), so that what the step makes is
 * theirs. Each service call inside is a transaction of its own, as in real use. Only an administrator (the demo
 * loader) may call it.
 */
@Stateless
@RunAs(Role.Names.SALES)
@RunAsPrincipal("sofia")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsSofia implements DemoActor {

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public <T> T call(Supplier<T> work) {
        return work.get();
    }
}
