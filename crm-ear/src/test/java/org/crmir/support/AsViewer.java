package org.crmir.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the user {@value #USERNAME} with role VIEWER, so that the services' role checks apply. */
@Stateless
@RunAs("VIEWER")
@RunAsPrincipal(AsViewer.USERNAME)
@PermitAll
public class AsViewer {

    public static final String USERNAME = "it-viewer";

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}
