package org.crmir.shared.api;

import org.crmir.shared.web.DatabaseUnavailable;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern REFUSED_COLUMN =
            Pattern.compile("(?:Data too long|Out of range value) for column '([A-Za-z0-9_]+)'");

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (DatabaseUnavailable.isCause(thrown)) {
            return Response.fromResponse(Problem.of(503, "Service unavailable",
                    DatabaseUnavailable.DETAIL)).header("Retry-After",
                    DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        if (cause instanceof MalformedInputException malformed) {
            return Problem.of(400, "Bad request", "The request body does not have the shape this resource expects;"
                    + " see errors.", malformed.getViolations(), null);
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
            // One quiet line naming the record: a conflict nobody caused (a read that wrote) is found from here.
            LOG.info(() -> "API call refused, a concurrent change: " + conflicted(thrown));
            return Problem.of(409, "Conflict", "Someone else saved this record at the same moment. Read it again"
                    + " and repeat your change.");
        }
        if (cause instanceof ConcurrentChangeException || cause instanceof RuleViolationException) {
            return Problem.of(409, "Conflict", cause.getMessage());
        }
        if (cause instanceof EJBAccessException) {
            // An expected refusal: one quiet line, not a stack trace.
            LOG.fine(() -> "API call refused for missing role: " + cause.getMessage());
            return Problem.of(403, "Forbidden", "Your roles do not allow this action.");
        }
        if (cause instanceof JsonbException || cause instanceof JsonParsingException
                || cause instanceof ProcessingException) {
            // Parser and binder texts name Java classes and internal states; the client learns nothing from them.
            return Problem.of(400, "Bad request", "The request body is not JSON of the shape this resource expects.");
        }
        if (cause instanceof WebApplicationException web) {
            return fromJaxRs(web.getResponse());
        }
        String column = refusedColumn(thrown);
        if (column != null) {
            LOG.fine(() -> "Database refused a value for column " + column);
            return Problem.invalid(new InvalidInputException(column, "is too long or too large to store"));
        }
        String correlationId = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected API error [" + correlationId + "]", thrown);
        return Problem.of(500, "Internal server error", "Something went wrong on our side. Quote "
                + correlationId + " when you report it.", java.util.List.of(), correlationId);
    }

    /** JAX-RS's own refusals (no such address, wrong method or media type) in plain words, without its codes. */
    private static Response fromJaxRs(Response given) {
        if (Problem.MEDIA_TYPE.equals(String.valueOf(given.getMediaType()))) {
            return given;
        }
        int status = given.getStatus();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method.";
            case 406 -> "This resource answers with application/json; accept that (or */*).";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the request body as application/json.";
            default -> status >= 500 ? "The server could not answer this request." : "The request is not understood.";
        };
        Response problem = Problem.of(status, given.getStatusInfo().getReasonPhrase(), detail);
        Object allow = given.getHeaderString("Allow");
        return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
    }

    /**
     * The column MySQL refused a value for (too long, out of range), as a field name; null for other faults. A
     * safety net behind the checks at the boundary: such a value is the client's mistake, not a 500.
     */
    private static String refusedColumn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (t instanceof java.sql.SQLException && message != null) {
                Matcher m = REFUSED_COLUMN.matcher(message);
                if (m.find()) {
                    return camelCase(m.group(1));
                }
            }
        }
        return null;
    }

    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }

    /** The type of the record whose version had moved (as "Client"), else the failure's own words. */
    private static String conflicted(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException conflict) {
                Object entity = conflict.getEntity();
                return entity == null ? String.valueOf(conflict.getMessage()) : entity.getClass().getSimpleName();
            }
        }
        return "unknown";
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
}
