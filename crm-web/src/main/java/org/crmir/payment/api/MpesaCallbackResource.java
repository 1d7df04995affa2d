package org.crmir.payment.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.HashSet;
import java.util.Set;
import org.crmir.payment.GatewayIntake;
import org.crmir.payment.MpesaEventHandler;
import org.crmir.shared.api.CallbackSecrets;
import org.crmir.shared.api.Problem;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /api/webhooks/mpesa/{secret}}: Safaricom's STK callbacks. Daraja signs nothing, so the callback
 * URL carries a secret path segment ({@code CRMIR_MPESA_CALLBACK_SECRET}, compared in constant time); a wrong
 * one is a 404 as if nothing were here, and nothing is stored. A well-formed callback is stored and queued under
 * its CheckoutRequestID, and only after that commits is Safaricom answered {@code ResultCode 0}, duplicates
 * included. Whether it is a payment is decided later, by the payment MDB, after Daraja's STK query confirms it.
 */
@Path("webhooks/mpesa/{secret}")
@RequestScoped
public class MpesaCallbackResource {

    static final String EVENT_TYPE = "stk_callback";

    @EJB
    GatewayIntake intake;

    @Operation(summary = "M-Pesa's STK payment callback")
    @APIResponse(responseCode = "200", description = "Accepted, in the answer M-Pesa expects.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    properties = {@SchemaProperty(name = "ResultCode", type = SchemaType.INTEGER),
                    @SchemaProperty(name = "ResultDesc", type = SchemaType.STRING)})))
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@PathParam("secret") String secret, byte[] body) {
        if (!secretMatches(secret, System.getenv("CRMIR_MPESA_CALLBACK_SECRET"))) {
            return Problem.of(404, "Not Found", "Nothing is here.");
        }
        String payload = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
        String checkout = checkoutRequestIdOf(payload);
        if (checkout == null) {
            return Problem.of(400, "Bad request", "The body is not an STK callback: Body.stkCallback needs"
                    + " MerchantRequestID, CheckoutRequestID, ResultCode and ResultDesc, and a successful one its"
                    + " CallbackMetadata with Amount and MpesaReceiptNumber.");
        }
        try {
            intake.accept(MpesaEventHandler.GATEWAY, checkout, EVENT_TYPE, payload);
        } catch (EJBException failed) {
            if (!causedBy(failed, SQLIntegrityConstraintViolationException.class)) {
                throw failed;
            }
            // a concurrent delivery of the same callback stored it first: acknowledged all the same
        }
        return Response.ok(Json.createObjectBuilder().add("ResultCode", 0).add("ResultDesc", "Accepted").build()
                .toString(), MediaType.APPLICATION_JSON).build();
    }

    static boolean secretMatches(String given, String expected) {
        return CallbackSecrets.matches(given, expected);
    }

    /** The CheckoutRequestID of a well-formed STK callback, or null for anything else. */
    static String checkoutRequestIdOf(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonObject callback = reader.readObject().getJsonObject("Body").getJsonObject("stkCallback");
            String checkout = callback.getString("CheckoutRequestID");
            callback.getString("MerchantRequestID");
            callback.getString("ResultDesc");
            int resultCode = callback.getJsonNumber("ResultCode").intValueExact();
            if (checkout.isBlank() || checkout.length() > 100) {
                return null;
            }
            if (resultCode == 0) {
                Set<String> names = new HashSet<>();
                JsonArray items = callback.getJsonObject("CallbackMetadata").getJsonArray("Item");
                for (JsonValue item : items) {
                    JsonObject pair = item.asJsonObject();
                    String name = pair.getString("Name");
                    if ("Amount".equals(name) && !(pair.get("Value") instanceof JsonNumber)) {
                        return null;
                    }
                    names.add(name);
                }
                if (!names.contains("Amount") || !names.contains("MpesaReceiptNumber")) {
                    return null;
                }
            }
            return checkout;
        } catch (RuntimeException malformed) { // missing members, wrong types, not JSON, a fractional ResultCode
            return null;
        }
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
