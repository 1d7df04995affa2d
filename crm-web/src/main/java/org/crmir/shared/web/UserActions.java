package org.crmir.shared.web;

import jakarta.ejb.EJBAccessException;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Runs what a user asked a view to do. A refusal the user can act on (bad input, a broken rule, a record that is
 * gone, someone else's save) becomes messages on the same page, worded as {@link CrmExceptionHandler} words them,
 * so the view can go on (reload its data, keep its dialog open) instead of the request ending there.
 */
public final class UserActions {

    private UserActions() {
    }

    /** Runs {@code action}; returns whether it went through, having shown why not otherwise. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (RuleViolationException | NotFoundException | ConcurrentChangeException e) {
            Messages.error(e.getMessage());
        }
        return false;
    }

    /** As {@link #attempt(Runnable)}; a user without the role it needs reads {@code whenDenied}. */
    public static boolean attempt(Runnable action, String whenDenied) {
        try {
            return attempt(action);
        } catch (EJBAccessException e) {
            Messages.error(whenDenied);
            return false;
        }
    }
}
