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
import org.crmir.payment.PaymentService;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.api.IdempotencyKeys;
import org.crmir.shared.api.Created;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.crmir.shared.api.QueryValues;

/** {@code /api/v1/payments}: record (idempotent with a key), split, refund, void, read, a client's list. */
@Path("v1/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @EJB
    PaymentService payments;

    @Context
    UriInfo uri;

    @GET
    public PageRepresentation<PaymentRepresentation> ofClient(@QueryParam("clientId") String client,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Long clientId = QueryValues.id("clientId", client);
        required("clientId", clientId);
        return PageRepresentation.of(payments.ofClient(clientId, Paging.from(offset, limit, null)),
                PaymentRepresentation::of);
    }

    @GET
    @Path("{id:[0-9]+}")
    public PaymentRepresentation get(@PathParam("id") long id) {
        return PaymentRepresentation.of(payments.find(id));
    }

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

    @POST
    @Path("{id:[0-9]+}/refunds")
    public Response refund(@PathParam("id") long id, PaymentRepresentation.Refund body) {
        PaymentRepresentation.Refund refund = required(body);
        required("amount", refund.amount());
        Payment payment = payments.find(id);
        Payment made = payments.refund(id, Money.of(refund.amount(), payment.getCurrency()), refund.reason());
        return Created.in(uri, "v1/payments", made.getId(), PaymentRepresentation.of(made)).build();
    }

    @POST
    @Path("{id:[0-9]+}/void")
    public PaymentRepresentation voidIt(@PathParam("id") long id) {
        return PaymentRepresentation.of(payments.voidPayment(id));
    }

}
