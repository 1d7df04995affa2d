package org.crmir.payment.api;

import static org.crmir.shared.api.Bodies.required;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crmir.payment.Payment;
import org.crmir.payment.PaymentFilter;
import org.crmir.payment.PaymentKind;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentQueries;
import org.crmir.payment.PaymentService;
import org.crmir.payment.PaymentStatus;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.PageRequest;
import org.crmir.shared.api.IdempotencyKeys;
import org.crmir.shared.api.Created;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.crmir.shared.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/payments}: record (idempotent with a key), split, refund, void, read, a client's list. */
@Path("v1/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @EJB
    PaymentService payments;

    @EJB
    PaymentQueries queries;

    @Context
    UriInfo uri;

    /**
     * Payments, newest first. With only {@code clientId} (or {@code client}): that client's payments and refunds,
     * for every role that may read the client. With any other filter, or none: finance's payments list (ADMIN and
     * FINANCE), filtered as the payments page's URL is: currency, owner (the client's owner: {@code me} or a user
     * id), method, kind (payment, refund), receivedFrom, receivedTo, client, status (recorded, the default, or
     * voided).
     */
    @Operation(summary = "List payments")
    @GET
    public PageRepresentation<PaymentRepresentation> list(@QueryParam("clientId") String clientId,
            @QueryParam("client") String client, @QueryParam("currency") String currency,
            @QueryParam("owner") String owner, @QueryParam("method") String method, @QueryParam("kind") String kind,
            @QueryParam("receivedFrom") String receivedFrom, @QueryParam("receivedTo") String receivedTo,
            @QueryParam("status") String status, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        Long onlyClient = QueryValues.clientId(clientId, client);
        PaymentFilter filter = new PaymentFilter(QueryValues.oneOf("status", status, PaymentStatus.class),
                QueryValues.currency("currency", currency), QueryValues.owner("owner", owner),
                QueryValues.oneOf("method", method, PaymentMethod.class),
                QueryValues.oneOf("kind", kind, PaymentKind.class), QueryValues.date("receivedFrom", receivedFrom),
                QueryValues.date("receivedTo", receivedTo), onlyClient);
        PageRequest page = Paging.from(offset, limit, null);
        if (onlyClient != null && filter.equals(new PaymentFilter(null, null, null, null, null, null, null,
                onlyClient))) {
            return PageRepresentation.of(payments.ofClient(onlyClient, page), PaymentRepresentation::of);
        }
        return PageRepresentation.of(queries.list(filter, page).stream().map(PaymentRepresentation::of).toList(),
                queries.count(filter), page);
    }

    @Operation(summary = "Read a payment")
    @GET
    @Path("{id:[0-9]+}")
    public PaymentRepresentation get(@PathParam("id") long id) {
        return PaymentRepresentation.of(payments.find(id));
    }

    @Operation(summary = "Record a payment")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentRepresentation.class)))
    @POST
    public Response record(@HeaderParam(IdempotencyKeys.HEADER) String key, PaymentRepresentation body) {
        PaymentRepresentation p = required(body);
        if (p.amount() == null || p.currency() == null) {
            throw new InvalidInputException("amount", "a payment needs an amount and a currency");
        }
        Money amount = Money.of(p.amount(), p.currency().strip().toUpperCase(Locale.ROOT));
        Payment recorded = IdempotencyKeys.create(key, () -> {
            if (p.invoiceId() != null) {
                return payments.recordForInvoice(p.invoiceId(), amount, p.method(), p.reference(), p.receivedOn(),
                        key);
            }
            if (p.clientId() == null) {
                throw new InvalidInputException("clientId", "is required (or give invoiceId)");
            }
            return payments.record(p.clientId(), amount, p.method(), p.reference(), p.receivedOn(),
                    !Boolean.FALSE.equals(p.allocate()), key);
        });
        return Created.here(uri, recorded.getId(), PaymentRepresentation.of(payments.find(recorded.getId())))
                .build();
    }

    @Operation(summary = "Allocate a payment to invoices")
    @POST
    @Path("{id:[0-9]+}/allocations")
    public PaymentRepresentation split(@PathParam("id") long id, PaymentRepresentation.Split body) {
        PaymentRepresentation.Split split = required(body);
        Payment payment = payments.find(id);
        Map<Long, Money> parts = new LinkedHashMap<>();
        if (split.allocations() == null || split.allocations().isEmpty()) {
            throw new InvalidInputException("allocations", "give at least one invoice id and amount");
        }
        split.allocations().forEach((invoice, amount) -> parts.put(invoice, Money.of(amount, payment.getCurrency())));
        return PaymentRepresentation.of(payments.allocate(id, parts));
    }

    @Operation(summary = "Refund a payment")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentRepresentation.class)))
    @POST
    @Path("{id:[0-9]+}/refunds")
    public Response refund(@PathParam("id") long id, PaymentRepresentation.Refund body) {
        PaymentRepresentation.Refund refund = required(body);
        required("amount", refund.amount());
        Payment payment = payments.find(id);
        Payment made = payments.refund(id, Money.of(refund.amount(), payment.getCurrency()), refund.reason());
        return Created.in(uri, "v1/payments", made.getId(), PaymentRepresentation.of(made)).build();
    }

    @Operation(summary = "Void a payment")
    @POST
    @Path("{id:[0-9]+}/void")
    public PaymentRepresentation voidIt(@PathParam("id") long id) {
        return PaymentRepresentation.of(payments.voidPayment(id));
    }

}
