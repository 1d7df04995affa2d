package org.crmir.quote;

import org.crmir.shared.BusinessEventType;
import org.crmir.shared.BusinessEvent;
import jakarta.enterprise.event.Event;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.client.Client;
import org.crmir.communication.Interaction;
import org.crmir.document.PublicLinks;
import org.crmir.figures.FigureChange;
import org.crmir.figures.FigureSource;
import org.crmir.figures.Figures;
import org.crmir.identity.Role;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceOwners;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.Caller;
import org.crmir.shared.DocumentLine;
import org.crmir.shared.DocumentNumbers;
import org.crmir.catalog.ProductReferences;
import org.crmir.document.DocumentKind;
import org.crmir.document.Drafting;
import org.crmir.shared.IdempotentCreates;
import org.crmir.shared.LineInput;
import org.crmir.shared.RuleViolationException;

/**
 * Quotes: drafted and sent by sales, answered by the client through an unguessable public link, converted into
 * a draft invoice. Sending numbers the quote Q-YYYY-NNNN and emails it to the client with the link; the client's
 * answer is told to the quote's owner.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class QuoteService {

    static final String QUOTE = "Quote";
    static final DocumentKind<Quote> KIND = new DocumentKind<>(Quote.class, QUOTE, Quote::getId, Quote::getVersion,
            Quote::auditSnapshot);
    public static final String SERIES = "Q";

    @Inject
    EntityManager em;

    @Inject
    Event<BusinessEvent> happened;

    @Inject
    BusinessClock clock;

    @Inject
    InvoiceOwners invoiceOwners;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Drafting drafting;

    @Inject
    DocumentNumbers numbers;

    @Inject
    IdempotentCreates idempotent;

    @EJB
    QuotePdfService documents;

    @EJB
    QuoteDecisionNotice decisionNotice;
    @Inject
    ProductReferences products;

    @Inject
    Figures figures;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Quote createDraft(long clientId, LocalDate validUntil, List<LineInput> lines, String notes,
            String terms) {
        Client client = drafting.activeClient(clientId);
        LocalDate today = clock.today();
        Quote quote = new Quote(clientId, client.getCurrency(), today.plusDays(30), Caller.nameOf(context),
                clock.now());
        quote.validUntil(validUntil == null ? today.plusDays(30) : validUntil, today);
        products.check(lines);
        quote.replaceLines(lines);
        quote.annotate(notes, terms);
        Quote created = drafting.create(KIND, Caller.nameOf(context), quote);
        figures.added(FigureSource.QUOTE, created.getId());
        return created;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Quote createDraft(long clientId, LocalDate validUntil, List<LineInput> lines, String notes, String terms,
            String idempotencyKey) {
        long id = idempotent.once(Caller.nameOf(context), "quote.create", idempotencyKey,
                () -> createDraft(clientId, validUntil, lines, notes, terms).getId());
        return find(id);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Quote updateDraft(long id, long expectedVersion, LocalDate validUntil, List<LineInput> lines,
            String notes, String terms) {
        Quote draft = load(id);
        FigureChange figuresMoving = figures.changing(FigureSource.QUOTE, id);
        Quote edited = drafting.edit(KIND, Caller.nameOf(context), draft, expectedVersion, quote -> {
            quote.validUntil(validUntil, clock.today());
            products.check(lines);
            quote.replaceLines(lines);
            quote.annotate(notes, terms);
        });
        figuresMoving.apply();
        return edited;
    }

    /** Adds one line to a draft. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Quote addLine(long id, LineInput line) {
        Quote draft = load(id);
        FigureChange figuresMoving = figures.changing(FigureSource.QUOTE, id);
        Quote changed = drafting.change(KIND, Caller.nameOf(context), draft, quote -> {
            products.check(line);
            quote.addLine(line);
        });
        figuresMoving.apply();
        return changed;
    }

    /**
     * Numbers the quote, gives it its public link and emails it (PDF attached, link in the text and on the PDF) to
     * the client's billing contact, recorded in the history; all in one transaction, so a quote that cannot be
     * emailed (no address, no public address of CRMir) is neither numbered nor sent. Sending it again returns it
     * unchanged ("Email to client" sends it again).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES})
    public Quote send(long id) {
        Quote quote = drafting.lock(KIND, id);
        if (quote.getNumber() != null) {
            return quote;
        }
        if (QuoteLinks.PAGE.prefix().isEmpty()) {
            throw new RuleViolationException("The public address of CRMir is not configured (CRMIR_PUBLIC_URL), so"
                    + " the client would get no link to accept the quote; ask the administrator to set it");
        }
        LocalDate today = clock.today();
        quote.checkSendable(today);
        Map<String, String> before = quote.auditSnapshot();
        FigureChange figuresMoving = figures.changing(FigureSource.QUOTE, id);
        long value = numbers.next(SERIES, today.getYear());
        quote.send(DocumentNumbers.format(SERIES, today.getYear(), value, 4), PublicLinks.newToken(),
                clock.now());
        figuresMoving.apply();
        Interaction email = documents.sendQuote(id);
        Map<String, String> after = quote.auditSnapshot();
        after.put("sentTo", email.getRecipient());
        audit.record(Caller.nameOf(context), QUOTE, id, AuditAction.UPDATE, before, after);
        return quote;
    }

    /** The client's view of a sent quote, by its public token. No sign-in: the token is the key. */
    @PermitAll
    public PublicQuote publicView(String token) {
        Quote quote = byToken(token);
        Client client = em.find(Client.class, quote.getClientId());
        CompanySettings company = em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
        return new PublicQuote(quote.getNumber(), company.getCompanyName(), client.getName(), quote.getStatus(),
                quote.getValidUntil(), quote.getLines().stream().map(DocumentLine::toInput)
                        .map(l -> new LineInput(null, l.description(), l.quantity(), l.unit(),
                                l.unitPrice().setScale(quote.getCurrencyDigits()), l.discountPercent(), l.taxRate()))
                        .toList(),
                quote.getSubtotal(), quote.getDiscountTotal(), quote.getTaxTotal(), quote.getTotal(),
                quote.getTerms());
    }

    @PermitAll
    public PublicQuote acceptByClient(String token) {
        Quote quote = byToken(token);
        FigureChange figuresMoving = figures.changing(FigureSource.QUOTE, quote.getId());
        drafting.change(KIND, "client:" + quote.getNumber(), quote,
                q -> q.accept(clock.now(), clock.today()));
        figuresMoving.apply();
        happened.fire(new BusinessEvent(BusinessEventType.QUOTE_ACCEPTED, quote.getId(), Map.of("number",
                quote.getNumber(), "clientId", quote.getClientId(), "total", quote.getTotal().amount(),
                "currency", quote.getCurrency())));
        decisionNotice.tellOwner(quote);
        return publicView(token);
    }

    @PermitAll
    public PublicQuote declineByClient(String token) {
        Quote quote = byToken(token);
        FigureChange figuresMoving = figures.changing(FigureSource.QUOTE, quote.getId());
        drafting.change(KIND, "client:" + quote.getNumber(), quote, q -> q.decline(clock.now()));
        figuresMoving.apply();
        decisionNotice.tellOwner(quote);
        return publicView(token);
    }

    /** Makes a draft invoice with the quote's lines and links the two; converting twice is refused. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE})
    public Invoice convert(long id) {
        Quote quote = drafting.lock(KIND, id);
        quote.checkConvertible();
        FigureChange figuresMoving = figures.changing(FigureSource.QUOTE, id);
        Client client = em.find(Client.class, quote.getClientId());
        Invoice invoice = Invoice.fromQuote(id, quote.getClientId(), quote.getCurrency(),
                client.getPaymentTermsDays(), quote.getLines().stream().map(DocumentLine::toInput).toList(),
                quote.getNotes(), quote.getTerms(), Caller.nameOf(context), clock.now());
        invoiceOwners.assign(invoice);
        em.persist(invoice);
        em.flush();
        Map<String, String> before = quote.auditSnapshot();
        quote.convertedInto(invoice.getId());
        figuresMoving.apply();
        audit.record(Caller.nameOf(context), QUOTE, id, AuditAction.UPDATE, before, quote.auditSnapshot());
        audit.record(Caller.nameOf(context), "Invoice", invoice.getId(), AuditAction.CREATE, Map.of(),
                invoice.auditSnapshot());
        return invoice;
    }

    /** Sent quotes past their validity become EXPIRED; returns how many. */
    @RolesAllowed(Role.Names.ADMIN)
    public int expire(LocalDate today) {
        List<Quote> past = em.createQuery("SELECT q FROM Quote q WHERE q.status = :sent AND q.validUntil < :today"
                + " ORDER BY q.id", Quote.class).setParameter("sent", QuoteStatus.SENT)
                .setParameter("today", today).setMaxResults(500).getResultList();
        FigureChange figuresMoving = figures.changing(FigureSource.QUOTE, past.stream().map(Quote::getId).toList());
        int expired = 0;
        for (Quote quote : past) {
            Map<String, String> before = quote.auditSnapshot();
            if (quote.expireIfPast(today)) {
                audit.record(Caller.nameOf(context), QUOTE, quote.getId(), AuditAction.UPDATE, before,
                        quote.auditSnapshot());
                expired++;
            }
        }
        figuresMoving.apply();
        return expired;
    }

    public Quote find(long id) {
        Quote quote = load(id);
        quote.getLines().size();
        return quote;
    }

    private Quote byToken(String token) {
        return QuoteLinks.PAGE.find(em, token, true);
    }

    private Quote load(long id) {
        return drafting.load(KIND, id);
    }
}
