package org.crmir.shared.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.crmir.shared.InvalidInputException;

/** An RFC 9457 problem details response: {@code application/problem+json} with a status, title and detail. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response of(int status, String title, String detail) {
        return of(status, title, detail, List.of(), null);
    }

    public static Response invalid(InvalidInputException invalid) {
        return of(422, "Invalid input", "The request breaks " + invalid.getViolations().size()
                + " rule(s); see errors.", invalid.getViolations(), null);
    }

    public static Response of(int status, String title, String detail, List<InvalidInputException.Violation> errors,
            String correlationId) {
        return Response.status(status).type(MEDIA_TYPE).entity(json(status, title, detail, errors, correlationId))
                .build();
    }

    /** The problem document itself, for answers given before JAX-RS runs. */
    static String json(int status, String title, String detail, List<InvalidInputException.Violation> errors,
            String correlationId) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (correlationId != null) {
            body.add("correlationId", correlationId);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (InvalidInputException.Violation v : errors) {
                JsonObjectBuilder item = Json.createObjectBuilder().add("message", v.message());
                if (v.field() != null) {
                    item.add("field", v.field());
                }
                list.add(item);
            }
            body.add("errors", list);
        }
        return body.build().toString();
    }
}
