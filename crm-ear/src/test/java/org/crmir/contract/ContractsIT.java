package org.crmir.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crmir.catalog.CatalogService;
import org.crmir.catalog.ProductKind;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.identity.ApiTokenService;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceService;
import org.crmir.invoice.InvoiceStatus;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.PageRequest;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;
import org.crmir.support.AsViewer;
import org.crmir.support.Http;
import org.crmir.support.TestUsers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contracts through their lifecycle with real role checks: drafting and its refusals, activation numbering,
 * amendment instead of edits, renewal and expiry, recurring billing exactly once per period under double,
 * concurrent and late runs, and the REST API with problem details and Idempotency-Key.
 */
@ExtendWith(ArquillianExtension.class)
class ContractsIT {

    private static final String PROBLEM = "application/problem+json";

    @EJB
    ContractService contracts;

    @EJB
    ContractQueries contractQueries;

    @EJB
    ContractBilling billing;

    @EJB
    InvoiceService invoices;

    @EJB
    ClientService clients;

    @EJB
    CatalogService catalog;

    @EJB
    ApiTokenService tokens;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @EJB
    AsFinance asFinance;

    @EJB
    AsViewer asViewer;

    @EJB
    TestUsers testUsers;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private long clientId;
    private long eurProductId;
    private long usdProductId;

    @BeforeEach
    void setUp() throws Exception {
        testUsers.ensure();
        Client client = new Client(ClientKind.COMPANY, "Contract Co " + UUID.randomUUID().toString().substring(0, 8));
        client.setCurrency("EUR");
        client.setPaymentTermsDays(14);
        clientId = asSales.call(() -> clients.create(client, null).getId());
        String sku = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        eurProductId = asFinance.call(() -> catalog.create("ct-e-" + sku, "Support plan", null, ProductKind.SERVICE,
                "month", Money.of("250.00", "EUR"), null).getId());
        usdProductId = asFinance.call(() -> catalog.create("ct-u-" + sku, "US hosting", null, ProductKind.SERVICE,
                "month", Money.of("99.00", "USD"), null).getId());
    }

    private ContractDraft draft(LocalDate start, LocalDate end, boolean renews, BillingSchedule schedule,
            InvoiceMode mode, long... productIds) {
        List<LineInput> lines = new ArrayList<>();
        for (long productId : productIds) {
            lines.add(new LineInput(productId, null, BigDecimal.ONE, null, null, null, null));
        }
        return new ContractDraft(clientId, "Support agreement", null, start, end, 30, renews, renews ? 12 : null,
                30, new BigDecimal("3000.00"), "<p><strong>Service levels</strong> apply.</p>", null, null,
                schedule, mode, lines, List.of(new MilestoneInput("Kick-off", start.plusDays(7))));
    }

    private Contract active(ContractDraft draft) throws Exception {
        long id = asSales.call(() -> contracts.createDraft(draft).getId());
        return asSales.call(() -> contracts.activate(id));
    }

    // ------------------------------------------------------------------ lifecycle

    @Test
    void aDraftIsActivatedWithANumberAndItsTermsAreThenFrozen() throws Exception {
        Contract draft = asSales.call(() -> contracts.createDraft(draft(today, today.plusYears(1).minusDays(1),
                false, null, null)));
        assertEquals(ContractStatus.DRAFT, draft.getStatus());
        assertNull(draft.getNumber());
        assertEquals("it-sales", draft.getOwner());
        assertEquals("<p><strong>Service levels</strong> apply.</p>", draft.getTerms());
        assertEquals(Money.of("3000.00", "EUR"), draft.getValue());
        assertEquals(1, asViewer.call(() -> contracts.find(draft.getId())).getMilestones().size());

        Contract active = asSales.call(() -> contracts.activate(draft.getId()));
        assertEquals(ContractStatus.ACTIVE, active.getStatus());
        assertTrue(active.getNumber().matches("CT-" + today.getYear() + "-\\d{4}"), active.getNumber());
        assertEquals(active.getNumber(), asSales.call(() -> contracts.activate(draft.getId())).getNumber(),
                "a retried activation changes nothing");

        RuleViolationException frozen = assertThrows(RuleViolationException.class, () -> asSales.call(
                () -> contracts.updateDraft(draft.getId(), active.getVersion(), draft(today, today.plusYears(2),
                        false, null, null))));
        assertTrue(frozen.getMessage().contains("Amend it"), frozen.getMessage());

        Contract amendment = asSales.call(() -> contracts.amend(draft.getId()));
        assertEquals(2, amendment.getRevision());
        assertEquals(active.getNumber(), amendment.getNumber());
        assertThrows(RuleViolationException.class, () -> asSales.call(() -> contracts.amend(draft.getId())));
        ContractDraft changed = new ContractDraft(clientId, "Support agreement, gold", null, today.plusDays(1),
                today.plusYears(1).minusDays(1), 30, false, null, 30, new BigDecimal("4500.00"), null, null, null,
                null, null, List.of(), List.of());
        asSales.call(() -> contracts.updateDraft(amendment.getId(), amendment.getVersion(), changed));
        Contract second = asSales.call(() -> contracts.activate(amendment.getId()));
        assertEquals(ContractStatus.ACTIVE, second.getStatus());
        Contract first = asViewer.call(() -> contracts.find(draft.getId()));
        assertEquals(ContractStatus.TERMINATED, first.getStatus());
        assertEquals(today, first.getEndedOn());
        assertEquals(2, asViewer.call(() -> contractQueries.revisionsOf(draft.getId())).size());
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        long before = asViewer.call(() -> contractQueries.count(new ContractFilter(null, clientId, null, null)));
        InvalidInputException endBeforeStart = assertThrows(InvalidInputException.class, () -> asSales.call(
                () -> contracts.createDraft(draft(today, today.minusDays(1), false, null, null))));
        assertEquals("endDate", endBeforeStart.getField());
        ContractDraft zeroTerm = new ContractDraft(clientId, "T", null, today, today.plusMonths(6), 0, true, 0, 30,
                BigDecimal.TEN, null, null, null, null, null, List.of(), List.of());
        assertEquals("renewalMonths", assertThrows(InvalidInputException.class,
                () -> asSales.call(() -> contracts.createDraft(zeroTerm))).getField());
        InvalidInputException usd = assertThrows(InvalidInputException.class, () -> asSales.call(
                () -> contracts.createDraft(draft(today, today.plusMonths(6), false, BillingSchedule.MONTHLY,
                        InvoiceMode.DRAFT, eurProductId, usdProductId))));
        assertTrue(usd.getMessage().contains("priced in USD but the contract is in EUR"), usd.getMessage());
        assertEquals(before, asViewer.call(() -> contractQueries.count(new ContractFilter(null, clientId, null, null))));
    }

    @Test
    void rolesAreCheckedByTheService() throws Exception {
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> contracts.createDraft(
                draft(today, today.plusMonths(3), false, null, null))));
        assertThrows(EJBAccessException.class, () -> asFinance.call(() -> contracts.createDraft(
                draft(today, today.plusMonths(3), false, null, null))));
        long id = asSales.call(() -> contracts.createDraft(draft(today, today.plusMonths(3), false, null, null))
                .getId());
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> contracts.activate(id)));
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> billing.run(today)));
        assertThrows(EJBAccessException.class, () -> asSales.call(() -> contracts.renewOrExpire(today)));
        assertEquals(ContractStatus.DRAFT, asViewer.call(() -> contracts.find(id)).getStatus());
    }

    @Test
    void onItsEndDateAContractRenewsOrExpires() throws Exception {
        LocalDate end = today.plusDays(10);
        Contract renewing = active(draft(today.minusMonths(11), end, true, BillingSchedule.MONTHLY,
                InvoiceMode.DRAFT, eurProductId));
        Contract ending = active(draft(today.minusMonths(11), end, false, null, null));

        asAdmin.call(() -> contracts.renewOrExpire(end.minusDays(1)));
        assertEquals(ContractStatus.ACTIVE, asViewer.call(() -> contracts.find(renewing.getId())).getStatus());

        asAdmin.call(() -> contracts.renewOrExpire(end));
        Contract renewed = asViewer.call(() -> contracts.find(renewing.getId()));
        assertEquals(ContractStatus.RENEWED, renewed.getStatus());
        List<ContractRow> revisions = asViewer.call(() -> contractQueries.revisionsOf(renewing.getId()));
        assertEquals(2, revisions.size());
        ContractRow next = revisions.get(0);
        assertEquals(ContractStatus.ACTIVE, next.status());
        assertEquals(end.plusDays(1), next.startDate());
        assertEquals(end.plusDays(1).plusMonths(12).minusDays(1), next.endDate());
        assertEquals(renewing.getNumber(), next.number());
        assertEquals(1, asViewer.call(() -> contracts.find(next.id())).getLines().size());
        assertEquals(ContractStatus.ACTIVE, asViewer.call(() -> contracts.find(ending.getId())).getStatus(),
                "it is in force through its end date");

        asAdmin.call(() -> contracts.renewOrExpire(end.plusDays(1)));
        assertEquals(ContractStatus.EXPIRED, asViewer.call(() -> contracts.find(ending.getId())).getStatus());
        assertEquals(ContractStatus.ACTIVE, asViewer.call(() -> contracts.find(next.id())).getStatus());
    }

    @Test
    void theCalendarShowsImportantDatesEndsAndNoticeDeadlinesInTheVisibleRangeOnly() throws Exception {
        Contract contract = active(draft(today.minusMonths(1), today.plusDays(50), false, null, null));
        List<CalendarEntry> visible = asViewer.call(() -> contractQueries.calendar(today, today.plusDays(60)));
        List<CalendarEntry> mine = visible.stream().filter(e -> e.contractId().equals(contract.getId())).toList();
        assertEquals(List.of("END " + today.plusDays(50), "NOTICE " + today.plusDays(20)), mine.stream()
                .map(e -> e.kind() + " " + e.date()).sorted().toList());
        List<CalendarEntry> before = asViewer.call(() -> contractQueries.calendar(today.minusMonths(1),
                today.minusDays(1)));
        assertTrue(before.stream().anyMatch(e -> e.contractId().equals(contract.getId())
                && e.kind().equals("MILESTONE") && e.date().equals(today.minusMonths(1).plusDays(7))), before.toString());
        assertThrows(InvalidInputException.class, () -> asViewer.call(() -> contractQueries.calendar(today,
                today.plusYears(1))));
    }

    // ------------------------------------------------------------------ recurring billing

    @Test
    void billingMakesOneInvoicePerPeriodUnderADoubleRunAndCatchesUpMissedDays() throws Exception {
        LocalDate start = today.minusMonths(3);
        Contract contract = active(draft(start, start.plusYears(1).minusDays(1), false, BillingSchedule.MONTHLY,
                InvoiceMode.DRAFT, eurProductId));

        asFinance.call(() -> billing.run(start));
        asFinance.call(() -> billing.run(start));
        List<ContractInvoice> first = asViewer.call(() -> contractQueries.invoicesOf(contract.getId(),
                PageRequest.first(50)));
        assertEquals(1, first.size(), "one invoice for the first period after two runs");
        assertEquals(start, first.get(0).periodStart());
        assertEquals(start.plusMonths(1).minusDays(1), first.get(0).periodEnd());
        assertEquals(InvoiceStatus.DRAFT, first.get(0).status());
        assertEquals(0, new BigDecimal("250.00").compareTo(first.get(0).total()));
        Invoice invoice = asViewer.call(() -> invoices.find(first.get(0).invoiceId()));
        assertEquals(clientId, invoice.getClientId());
        assertTrue(invoice.getLines().get(0).getDescription().contains(start.toString()),
                invoice.getLines().get(0).getDescription());

        // the server was down for the next two months: today's run catches up, and a rerun adds nothing
        asAdmin.call(() -> billing.run(today));
        asAdmin.call(() -> billing.run(today));
        List<ContractInvoice> all = asViewer.call(() -> contractQueries.invoicesOf(contract.getId(),
                PageRequest.first(50)));
        assertEquals(4, all.size(), all.toString());
        assertEquals(List.of(start.plusMonths(3), start.plusMonths(2), start.plusMonths(1), start),
                all.stream().map(ContractInvoice::periodStart).toList());
        assertEquals(start.plusMonths(4), asViewer.call(() -> contracts.find(contract.getId()))
                .getNextBillingDate());
    }

    @Test
    void concurrentBillingRunsStillMakeOneInvoicePerPeriodAndIssueThemWhenAsked() throws Exception {
        LocalDate start = today.minusMonths(5);
        Contract contract = active(draft(start, start.plusYears(2).minusDays(1), false, BillingSchedule.QUARTERLY,
                InvoiceMode.ISSUED, eurProductId));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BillingRun>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<BillingRun>) () -> asFinance.call(() -> billing.run(today))));
            }
            for (Future<BillingRun> run : runs) {
                assertNotNull(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<ContractInvoice> billed = asViewer.call(() -> contractQueries.invoicesOf(contract.getId(),
                PageRequest.first(50)));
        assertEquals(2, billed.size(), "two quarters have started: " + billed);
        for (ContractInvoice invoice : billed) {
            assertEquals(InvoiceStatus.ISSUED, invoice.status());
            assertTrue(invoice.number().startsWith("INV-"), invoice.number());
        }
    }

    @Test
    void terminationStopsBillingAfterTheLastDay() throws Exception {
        LocalDate start = today.minusMonths(2);
        Contract contract = active(draft(start, start.plusYears(1).minusDays(1), false, BillingSchedule.MONTHLY,
                InvoiceMode.DRAFT, eurProductId));
        asSales.call(() -> contracts.terminate(contract.getId(), start.plusDays(20), "Client moved away"));
        asFinance.call(() -> billing.run(today));
        assertEquals(1, asViewer.call(() -> contractQueries.invoicesOf(contract.getId(), PageRequest.first(50))).size());
        assertNull(asViewer.call(() -> contracts.find(contract.getId())).getNextBillingDate());
    }

    // ------------------------------------------------------------------ attached documents

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void aSignedPdfIsAttachedAndDownloadedButOversizedOrForeignFilesAreRefused() throws Exception {
        long id = asSales.call(() -> contracts.createDraft(draft(today, today.plusMonths(6), false, null, null))
                .getId());
        ContractDocument signed = asSales.call(() -> contracts.attach(id, "C:\\scans\\signed contract.pdf", pdf()));
        assertEquals("signed contract.pdf", signed.getFileName());
        assertEquals(FileKind.PDF, signed.getKind());
        assertEquals("application/pdf", signed.getContentType());
        DocumentDownload back = asViewer.call(() -> contractQueries.download(id, signed.getId()));
        assertEquals(new String(pdf(), java.nio.charset.StandardCharsets.US_ASCII),
                new String(back.content(), java.nio.charset.StandardCharsets.US_ASCII));

        byte[] tooLarge = new byte[FileKind.MAX_BYTES + 1];
        System.arraycopy(pdf(), 0, tooLarge, 0, pdf().length);
        InvalidInputException large = assertThrows(InvalidInputException.class,
                () -> asSales.call(() -> contracts.attach(id, "big.pdf", tooLarge)));
        assertTrue(large.getMessage().contains("at most 10.0 MB"), large.getMessage());
        byte[] program = "MZ\u0090\u0000 this is a program".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        InvalidInputException foreign = assertThrows(InvalidInputException.class,
                () -> asSales.call(() -> contracts.attach(id, "signed.pdf", program)));
        assertTrue(foreign.getMessage().contains("not a PDF, PNG, JPEG or Word"), foreign.getMessage());
        assertThrows(EJBAccessException.class, () -> asViewer.call(() -> contracts.attach(id, "v.pdf", pdf())));
        assertEquals(1, asViewer.call(() -> contractQueries.documentsOf(id)).size());
    }

    // ------------------------------------------------------------------ REST

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return json(response);
    }

    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
        assertFalse(response.body().contains("Exception"), response.body());
        return json(response);
    }

    private String contractJson(LocalDate start, LocalDate end, Integer renewalMonths, long productId) {
        var body = Json.createObjectBuilder().add("clientId", clientId).add("title", "Hosting")
                .add("startDate", start.toString()).add("endDate", end.toString()).add("noticeDays", 10)
                .add("value", new BigDecimal("1200.00")).add("terms", "Pay monthly.")
                .add("billingSchedule", "MONTHLY")
                .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder().add("productId", productId)))
                .add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("label", "Review").add("dueDate", start.plusMonths(6).toString())));
        if (renewalMonths != null) {
            body.add("autoRenew", true).add("renewalMonths", renewalMonths);
        }
        return body.build().toString();
    }

    @Test
    void contractsAreDraftedActivatedAndListedOverHttp() throws Exception {
        String salesToken = asSales.call(() -> tokens.create("contracts api")).secret();
        String viewerToken = asViewer.call(() -> tokens.create("contracts api")).secret();
        String key = UUID.randomUUID().toString();
        String body = contractJson(today, today.plusDays(20), null, eurProductId);

        HttpResponse<String> created = Http.send("POST", "/api/v1/contracts", salesToken, body, "application/json",
                Map.of("Idempotency-Key", key));
        JsonObject draft = ok(created, 201);
        long id = draft.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/contracts/" + id));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("EUR", draft.getString("currency"));
        assertEquals(today.plusDays(10).toString(), draft.getString("noticeDeadline"));
        assertEquals(0, new BigDecimal("250.00").compareTo(draft.getJsonArray("lines").getJsonObject(0)
                .getJsonNumber("unitPrice").bigDecimalValue()));
        JsonObject again = ok(Http.send("POST", "/api/v1/contracts", salesToken, body, "application/json",
                Map.of("Idempotency-Key", key)), 201);
        assertEquals(id, again.getJsonNumber("id").longValue(), "the retried create returns the first contract");

        JsonObject active = ok(Http.send("POST", "/api/v1/contracts/" + id + "/activate", salesToken, null), 200);
        assertEquals("ACTIVE", active.getString("status"));
        assertTrue(active.getString("number").startsWith("CT-"));

        JsonObject ending = ok(Http.send("GET", "/api/v1/contracts?clientId=" + clientId
                + "&status=ACTIVE&endingWithinDays=30&contractOwner=it-sales", viewerToken, null), 200);
        assertEquals(1, ending.getInt("total"));
        assertEquals(id, ending.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, ok(Http.send("GET", "/api/v1/contracts?clientId=" + clientId + "&endingWithinDays=10",
                viewerToken, null), 200).getInt("total"));

        // refused clearly, and nothing changes
        String edit = Json.createObjectBuilder(Json.createReader(new StringReader(body)).readObject())
                .add("title", "Hosting, changed").add("version", active.getJsonNumber("version").longValue())
                .build().toString();
        JsonObject frozen = problem(Http.send("PUT", "/api/v1/contracts/" + id, salesToken, edit), 409);
        assertTrue(frozen.getString("detail").contains("Amend it"), frozen.toString());
        JsonObject zero = problem(Http.send("POST", "/api/v1/contracts", salesToken,
                contractJson(today, today.plusDays(20), 0, eurProductId)), 422);
        assertEquals("renewalMonths", zero.getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject backwards = problem(Http.send("POST", "/api/v1/contracts", salesToken,
                contractJson(today, today.minusDays(1), null, eurProductId)), 422);
        assertEquals("endDate", backwards.getJsonArray("errors").getJsonObject(0).getString("field"));
        problem(Http.send("POST", "/api/v1/contracts", salesToken,
                contractJson(today, today.plusDays(20), null, usdProductId)), 422);
        HttpResponse<String> attached = Http.send("POST", "/api/v1/contracts/" + id + "/documents?fileName=signed.pdf",
                salesToken, new String(pdf(), java.nio.charset.StandardCharsets.ISO_8859_1), "application/pdf");
        JsonObject document = ok(attached, 201);
        assertEquals("application/pdf", document.getString("contentType"));
        HttpResponse<String> download = Http.send("GET", "/api/v1/contracts/" + id + "/documents/"
                + document.getJsonNumber("id").longValue(), viewerToken, null);
        assertEquals(200, download.statusCode());
        assertTrue(download.body().startsWith("%PDF-1.4"), download.body());
        JsonObject refused = problem(Http.send("POST", "/api/v1/contracts/" + id + "/documents?fileName=x.pdf",
                salesToken, "#!/bin/sh\necho not a pdf\n", "application/pdf"), 422);
        assertEquals("file", refused.getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> listed = Http.send("GET", "/api/v1/contracts/" + id + "/documents", viewerToken, null);
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals(1, Json.createReader(new StringReader(listed.body())).readArray().size());
        HttpResponse<String> contractPdf = Http.send("GET", "/api/v1/contracts/" + id + "/pdf", viewerToken, null,
                "application/json", Map.of("Accept", "application/pdf"));
        assertEquals(200, contractPdf.statusCode(), contractPdf.body());
        assertTrue(contractPdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(contractPdf.body().startsWith("%PDF-"));
        problem(Http.send("POST", "/api/v1/contracts", viewerToken, body), 403);
        problem(Http.send("GET", "/api/v1/contracts?status=SIGNED", viewerToken, null), 422);
        problem(Http.send("GET", "/api/v1/contracts/999999999", viewerToken, null), 404);
        assertEquals(1, ok(Http.send("GET", "/api/v1/contracts?clientId=" + clientId, viewerToken, null), 200)
                .getInt("total"));
        assertEquals("Hosting", ok(Http.send("GET", "/api/v1/contracts/" + id, viewerToken, null), 200)
                .getString("title"));
    }
}
