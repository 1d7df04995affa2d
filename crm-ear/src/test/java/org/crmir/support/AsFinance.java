package org.crmir.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the user {@value #USERNAME} with role FINANCE, so that the services' role checks apply. */
@Stateless
@RunAs("FINANCE")
@RunAsPrincipal(AsFinance.USERNAME)
@PermitAll
public class AsFinance {

    public static final String USERNAME = "it-finance";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}
