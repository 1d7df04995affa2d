package org.crmir.shared.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Every failure of an API call becomes a problem+json response with the status a client can act on: 400 for
 * unreadable requests, 403 for a missing role, 404, 409 for conflicts, 422 for broken rules. Anything else is a
 * 500 whose correlation id is in the log, once, with the stack trace, and in the response, without it.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (org.crmir.shared.web.DatabaseUnavailable.isCause(thrown)) {
            return Response.fromResponse(Problem.of(503, "Service unavailable",
                    org.crmir.shared.web.DatabaseUnavailable.DETAIL)).header("Retry-After",
                    org.crmir.shared.web.DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        if (cause instanceof InvalidInputException invalid) {
            return Problem.invalid(invalid);
        }
        if (cause instanceof ConstraintViolationException violations) {
            return Problem.of(422, "Invalid input", violations.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted()
                    .reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        }
        if (cause instanceof NotFoundException) {
            return Problem.of(404, "Not found", cause.getMessage());
        }
        if (inChain(thrown, jakarta.persistence.OptimisticLockException.class)) {
            return Problem.of(409, "Conflict", "Someone else saved this record at the same moment. Read it again"
                    + " and repeat your change.");
        }
        if (cause instanceof ConcurrentChangeException || cause instanceof RuleViolationException) {
            return Problem.of(409, "Conflict", cause.getMessage());
        }
        if (cause instanceof EJBAccessException) {
            return Problem.of(403, "Forbidden", "Your roles do not allow this action.");
        }
        if (cause instanceof JsonbException || cause instanceof JsonParsingException
                || cause instanceof ProcessingException) {
            return Problem.of(400, "Bad request", "The request body is not valid JSON of the expected shape: "
                    + firstLine(cause));
        }
        if (cause instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.of(status.getStatusCode(), status.getReasonPhrase(), web.getMessage());
        }
        String correlationId = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected API error [" + correlationId + "]", thrown);
        return Problem.of(500, "Internal server error", "Something went wrong on our side. Quote "
                + correlationId + " when you report it.", java.util.List.of(), correlationId);
    }

    private static boolean inChain(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        while (current.getCause() != null && (current instanceof EJBException
                || (current instanceof ProcessingException && !(current.getCause() instanceof java.io.IOException)))) {
            current = current.getCause();
        }
        return current;
    }

    private static String firstLine(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
