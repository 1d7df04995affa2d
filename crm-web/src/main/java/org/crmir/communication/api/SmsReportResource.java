package org.crmir.communication.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.crmir.communication.SmsOutbox;
import org.crmir.shared.api.CallbackSecrets;
import org.crmir.shared.api.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code POST /api/webhooks/sms/{secret}}: Africa's Talking's delivery reports (form fields {@code id},
 * {@code status}, {@code phoneNumber}, {@code networkCode}, {@code failureReason}). The gateway signs nothing, so
 * the URL carries a secret path segment ({@code CRMIR_SMS_CALLBACK_SECRET}); a wrong one is a 404 as if nothing
 * were here. A report is answered 200 once recorded, and also when it changes nothing (a repeat, or a message this
 * server did not send), so that the gateway does not send it again and again.
 */
@Path("webhooks/sms/{secret}")
@RequestScoped
public class SmsReportResource {

    @EJB
    SmsOutbox outbox;

    @Operation(summary = "The SMS gateway's delivery report")
    @APIResponse(responseCode = "200", description = "Recorded, or nothing to record.")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response report(@PathParam("secret") String secret, @FormParam("id") String id,
            @FormParam("status") String status, @FormParam("failureReason") String failureReason) {
        if (!CallbackSecrets.matches(secret, System.getenv("CRMIR_SMS_CALLBACK_SECRET"))) {
            return Problem.of(404, "Not Found", "Nothing is here.");
        }
        if (id == null || id.isBlank() || id.length() > 100 || status == null || status.length() > 40
                || failureReason != null && failureReason.length() > 200) {
            return Problem.of(400, "Bad request", "A delivery report needs the message's id (at most 100"
                    + " characters) and its status (at most 40); failureReason has at most 200.");
        }
        outbox.report(id.strip(), status.strip(), failureReason);
        return Response.ok().build();
    }
}
