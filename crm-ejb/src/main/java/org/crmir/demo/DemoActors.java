package org.crmir.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.crmir.identity.FirstAdministrator;

/**
 * Who does what in the demo history: each client's owner drafts, sends and converts its quotes, signs its
 * contracts and logs its conversations; finance ({@value DemoCast#FINANCE}) issues invoices and records payments.
 * The nightly jobs run as the loader itself, as the timers do.
 */
@ApplicationScoped
public class DemoActors {

    @EJB(beanName = "AsSofia")
    DemoActor sofia;

    @EJB(beanName = "AsMarcus")
    DemoActor marcus;

    @EJB(beanName = "AsPriya")
    DemoActor priya;

    @EJB(beanName = "AsDaniel")
    DemoActor daniel;

    @EJB(beanName = "AsAdministrator")
    DemoActor administrator;

    /** Runs {@code work} as the demo user {@code username}. */
    public <T> T as(String username, Supplier<T> work) {
        return actor(username).call(work);
    }

    /** As {@link #as(String, Supplier)}, for work that returns nothing. */
    public void run(String username, Runnable work) {
        actor(username).call(() -> {
            work.run();
            return null;
        });
    }

    /** Finance, who issues invoices and records payments. */
    public void finance(Runnable work) {
        run(DemoCast.FINANCE, work);
    }

    private DemoActor actor(String username) {
        return switch (username) {
            case "sofia" -> sofia;
            case "marcus" -> marcus;
            case "priya" -> priya;
            case DemoCast.FINANCE -> daniel;
            case FirstAdministrator.USERNAME -> administrator;
            default -> throw new IllegalArgumentException("No demo user " + username);
        };
    }
}
