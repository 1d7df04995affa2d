package org.crmir.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.crmir.identity.Role;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.PaymentRefusal;
import org.crmir.shared.Money;

/**
 * Turns an M-Pesa STK callback into its outcome, inside the payment MDB's transaction (the event row is locked
 * there). A callback alone proves nothing (anyone who learns the callback path could post one), so a successful
 * one counts only once Daraja's STK query confirms it; the payment then goes on the request's invoice with the
 * M-Pesa receipt number as its reference. Daraja out of reach is thrown, so the broker redelivers; what can
 * never become a payment is REJECTED with the reason.
 */
@Stateless
@RolesAllowed(Role.Names.FINANCE) // only the payment MDB calls this, running as FINANCE
public class MpesaEventHandler {

    public static final String GATEWAY = MpesaRequests.GATEWAY;

    private static final DateTimeFormatter TRANSACTION_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Inject
    EntityManager em;

    @EJB
    PaymentService payments;

    @Inject
    MpesaDaraja daraja;

    /** Records, fails or rejects what one stored STK callback says; the event leaves RECEIVED either way. */
    public void process(GatewayEvent event) {
        JsonObject callback;
        String checkout;
        int resultCode;
        try (JsonReader reader = Json.createReader(new StringReader(event.getPayload()))) {
            callback = reader.readObject().getJsonObject("Body").getJsonObject("stkCallback");
            checkout = callback.getString("CheckoutRequestID");
            resultCode = Integer.parseInt(MpesaDaraja.text(callback, "ResultCode"));
        } catch (RuntimeException unreadable) {
            event.rejected("The body is not an STK callback: " + unreadable.getMessage(), Instant.now());
            return;
        }
        String resultDesc = callback.getString("ResultDesc", "");
        PaymentRequest request = em.createQuery("SELECT r FROM PaymentRequest r WHERE r.gateway = :gateway"
                        + " AND r.externalId = :checkout", PaymentRequest.class)
                .setParameter("gateway", GATEWAY).setParameter("checkout", checkout)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (request == null) {
            event.rejected("No M-Pesa request with CheckoutRequestID " + checkout + " in CRMir; nothing recorded",
                    Instant.now());
            return;
        }
        if (resultCode != 0) {
            String why = resultDesc + " (ResultCode " + resultCode + ")";
            if (waiting(request)) {
                request.failed(why, Instant.now());
            }
            event.processed(null, "No payment: " + why, Instant.now());
            return;
        }
        confirmAndRecord(event, callback, request);
    }

    private void confirmAndRecord(GatewayEvent event, JsonObject callback, PaymentRequest request) {
        Money amount;
        String receipt;
        LocalDate paidOn;
        try {
            JsonObject items = metadata(callback);
            amount = Money.of(new BigDecimal(MpesaDaraja.text(items, "Amount")), StkAmount.KES);
            receipt = MpesaDaraja.text(items, "MpesaReceiptNumber");
            paidOn = paidOn(MpesaDaraja.text(items, "TransactionDate"));
        } catch (RuntimeException unreadable) {
            event.rejected("The callback's Amount or MpesaReceiptNumber is not readable: " + unreadable.getMessage(),
                    Instant.now());
            return;
        }
        if (receipt == null || receipt.isBlank() || receipt.length() > 100) {
            event.rejected("The callback carries no M-Pesa receipt number", Instant.now());
            return;
        }
        MpesaSettings settings = MpesaSettings.fromEnvironment();
        if (!settings.isAvailable()) {
            event.rejected("Not confirmed: M-Pesa is not configured on this server, so the STK query cannot be"
                    + " asked; receipt " + receipt, Instant.now());
            return;
        }
        MpesaDaraja.StkQueryResult confirmation;
        try {
            confirmation = daraja.query(settings, event.getEventId());
        } catch (DarajaException failed) {
            if (!failed.isDefinite()) {
                // Daraja unreachable or still processing: roll back, and let the broker bring the event again.
                throw new IllegalStateException("STK query for " + event.getEventId() + " not answered: "
                        + failed.getMessage(), failed);
            }
            event.rejected("Not confirmed by the STK query: " + failed.getMessage(), Instant.now());
            return;
        }
        if (!confirmation.isPaid()) {
            String why = confirmation.resultDesc() + " (ResultCode " + confirmation.resultCode() + ")";
            if (waiting(request)) {
                request.failed("Not confirmed by M-Pesa: " + why, Instant.now());
            }
            event.rejected("Not confirmed by the STK query: " + why + "; the callback claimed receipt " + receipt,
                    Instant.now());
            return;
        }
        // Checked here, not left to the payment service: its refusals would roll back and redeliver forever.
        if (!amount.equals(request.getMoney())) {
            request.failed("M-Pesa reported " + amount + " instead of " + request.getMoney()
                    + "; our finance team will check this payment", Instant.now());
            event.rejected("Not recorded: the callback says " + amount + ", the push asked for "
                    + request.getMoney() + " (receipt " + receipt + ")", Instant.now());
            return;
        }
        Invoice invoice = em.find(Invoice.class, request.getInvoiceId());
        Optional<PaymentRefusal> refusal = invoice.refusalOfPayment(amount);
        if (refusal.isPresent() && refusal.get().reason() != PaymentRefusal.Reason.NOT_OPEN) {
            event.rejected("Not recorded: " + refusal.get().sentence(), Instant.now());
            return;
        }
        Payment payment;
        String outcome;
        if (refusal.isEmpty()) {
            payment = payments.recordForInvoice(invoice.getId(), amount, PaymentMethod.MOBILE_MONEY, receipt,
                    paidOn);
            outcome = "M-Pesa payment " + receipt + " of " + amount + " recorded on invoice " + invoice.getNumber();
        } else {
            // Paid another way meanwhile: the money still arrived, and stays with the client as credit.
            payment = payments.record(invoice.getClientId(), amount, PaymentMethod.MOBILE_MONEY, receipt, paidOn,
                    false);
            outcome = "M-Pesa payment " + receipt + " of " + amount + " recorded as client credit: invoice "
                    + invoice.getNumber() + " was already " + invoice.getStatus();
        }
        request.succeeded(Instant.now());
        event.processed(payment.getId(), outcome, Instant.now());
    }

    private static boolean waiting(PaymentRequest request) {
        return request.getStatus() == PaymentRequestStatus.CREATED
                || request.getStatus() == PaymentRequestStatus.PENDING;
    }

    /** CallbackMetadata.Item [{Name, Value}] as one object, Name → Value. */
    private static JsonObject metadata(JsonObject callback) {
        JsonArray items = callback.getJsonObject("CallbackMetadata").getJsonArray("Item");
        var object = Json.createObjectBuilder();
        for (JsonValue item : items) {
            JsonObject pair = item.asJsonObject();
            if (pair.containsKey("Value")) {
                object.add(pair.getString("Name"), pair.get("Value"));
            }
        }
        return object.build();
    }

    /** The Nairobi date of the transaction, never after today in UTC (the payment rules refuse future dates). */
    private static LocalDate paidOn(String transactionDate) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (transactionDate == null) {
            return today;
        }
        try {
            LocalDate nairobi = LocalDateTime.parse(transactionDate, TRANSACTION_DATE).toLocalDate();
            return nairobi.isAfter(today) ? today : nairobi;
        } catch (DateTimeParseException e) {
            return today;
        }
    }
}
