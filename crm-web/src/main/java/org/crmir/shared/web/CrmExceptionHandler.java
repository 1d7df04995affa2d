package org.crmir.shared.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Turns what a view action did not handle into something a user can act on. Expected outcomes (bad input, a
 * conflict, a missing record, a refused role) become a message on the same page; anything else is logged once
 * with a correlation id, and the user sees the error page with that id, never a stack trace.
 */
public class CrmExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(CrmExceptionHandler.class.getName());

    public CrmExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            FacesContext faces = FacesContext.getCurrentInstance();
            Throwable cause = rootOf(thrown);
            try {
                if (cause instanceof ViewExpiredException) {
                    redirect(faces, faces.getExternalContext().getRequestContextPath() + "/dashboard.xhtml");
                } else if (cause instanceof InvalidInputException invalid) {
                    Messages.invalid(invalid);
                } else if (cause instanceof jakarta.persistence.OptimisticLockException) {
                    Messages.error("Someone else saved this record at the same moment. Reload it and repeat"
                            + " your change.");
                } else if (cause instanceof ConcurrentChangeException || cause instanceof RuleViolationException
                        || cause instanceof NotFoundException) {
                    Messages.error(cause.getMessage());
                } else if (DatabaseUnavailable.isCause(thrown)) {
                    answerUnavailable(faces);
                } else if (cause instanceof EJBAccessException) {
                    Messages.error("You are not allowed to do this. Ask an administrator for the right role.");
                } else {
                    String correlationId = UUID.randomUUID().toString().substring(0, 8);
                    LOG.log(Level.SEVERE, "Unexpected error [" + correlationId + "]", thrown);
                    showErrorPage(faces, correlationId);
                }
            } finally {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /**
     * A page request answers 500 with the error page in place of what failed (the container shows it for the
     * status). An Ajax request can only be sent to the error page, which then answers 500 by itself.
     */
    private static void showErrorPage(FacesContext faces, String correlationId) {
        ExternalContext external = faces.getExternalContext();
        if (external.isResponseCommitted()) {
            faces.responseComplete(); // too late to answer anything else; the page stays cut short
            return;
        }
        if (faces.getPartialViewContext().isAjaxRequest()) {
            redirect(faces, external.getRequestContextPath() + "/error.xhtml?id=" + correlationId);
            return;
        }
        external.getRequestMap().put(ErrorPage.REFERENCE, correlationId);
        try {
            external.responseReset();
            external.responseSendError(500, null);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }

    private static void redirect(FacesContext faces, String url) {
        try {
            faces.getExternalContext().redirect(url);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    /** 503 and the plain refusal page (it needs no database): expected while the database is out of reach. */
    private static void answerUnavailable(FacesContext faces) {
        var external = faces.getExternalContext();
        if (external.isResponseCommitted()) {
            return;
        }
        try {
            external.responseReset();
            external.setResponseHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
            external.responseSendError(503, DatabaseUnavailable.DETAIL);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    static Throwable rootOf(Throwable thrown) {
        Throwable current = thrown;
        while (current.getCause() != null && (current instanceof FacesException
                || current instanceof jakarta.el.ELException || current instanceof jakarta.ejb.EJBException)) {
            current = current.getCause();
        }
        return current;
    }
}
