package org.crmir.payment.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import org.crmir.payment.GatewayIntake;
import org.crmir.payment.StripeSignature;
import org.crmir.shared.api.Problem;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/webhooks/stripe}: Stripe's events. The signature is checked before anything is stored (a bad
 * or stale one is a 400 and changes nothing); the event is then stored and queued, and only after that commits
 * does Stripe get its 200. No sign-in: the endpoint secret ({@code CRMIR_STRIPE_WEBHOOK_SECRET}) is the proof.
 */
@Path("webhooks/stripe")
@RequestScoped
public class StripeWebhookResource {

    static final String GATEWAY = "stripe";

    @EJB
    GatewayIntake intake;

    @Operation(summary = "Stripe's webhook events")
    @APIResponse(responseCode = "200", description = "Received (duplicate: already received before).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    properties = {@SchemaProperty(name = "received", type = SchemaType.BOOLEAN),
                    @SchemaProperty(name = "duplicate", type = SchemaType.BOOLEAN)})))
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("Stripe-Signature") String signature, byte[] body) {
        String payload = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
        String problem = StripeSignature.problemWith(signature, payload, System.getenv("CRMIR_STRIPE_WEBHOOK_SECRET"),
                Instant.now());
        if (problem != null) {
            return Problem.of(400, "Invalid signature", "The webhook was not accepted: " + problem + ".");
        }
        String id;
        String type;
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonObject event = reader.readObject();
            id = event.getString("id");
            type = event.getString("type");
        } catch (RuntimeException unreadable) {
            return Problem.of(400, "Bad request", "The body is not a Stripe event with an id and a type.");
        }
        if (id.isBlank() || id.length() > 100 || type.length() > 80) {
            return Problem.of(400, "Bad request", "The event id or type is out of bounds.");
        }
        boolean isNew;
        try {
            isNew = intake.accept(GATEWAY, id, type, payload);
        } catch (EJBException failed) {
            if (!causedBy(failed, SQLIntegrityConstraintViolationException.class)) {
                throw failed;
            }
            isNew = false; // a concurrent delivery of the same event won the race and stored it
            intake.countDuplicate(GATEWAY, id);
        }
        return Response.ok(Json.createObjectBuilder().add("received", true).add("duplicate", !isNew).build()
                .toString(), MediaType.APPLICATION_JSON).build();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
