package org.crmir.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crmir.contract.CalendarEntry;
import org.crmir.contract.ContractDates;
import org.crmir.document.PublicLinks;
import org.crmir.identity.CalendarFeedService;
import org.crmir.identity.HashedSecret;
import org.crmir.identity.Role;
import org.crmir.identity.UserAccount;
import org.crmir.invoice.DueInvoice;
import org.crmir.invoice.InvoiceDueDates;
import org.crmir.shared.ClientOwner;
import org.crmir.shared.Money;

/**
 * The calendar file behind a personal link: the dates that concern its holder from a month back to a year ahead —
 * their contracts' ends, notice deadlines and important dates, and their open invoices falling due. A sales user
 * gets their own clients' dates, as their dashboard shows by default; finance and administrators everyone's.
 * The link's secret is the only key (calendar apps cannot sign in), so this is reached without a role.
 */
@Stateless
@PermitAll
public class CalendarFeeds {

    static final int DAYS_BACK = 31;
    static final int DAYS_AHEAD = 366;
    /** Of each kind of date: a bound for a whole company's feed, far more than a person can read. */
    static final int MOST_OF_EACH = 1000;

    @EJB
    CalendarFeedService links;

    @Inject
    ContractDates contracts;

    @Inject
    InvoiceDueDates invoices;

    /** The iCalendar text for a presented link; empty when the link is unknown, turned off or its holder's is. */
    public Optional<String> feed(String presented) {
        Optional<UserAccount> holder = links.holderOf(presented);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        UserAccount user = holder.get();
        ClientOwner owner = Role.ownClientsOnly(user.getRoles()) ? ClientOwner.user(user.getId()) : null;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate from = today.minusDays(DAYS_BACK);
        LocalDate to = today.plusDays(DAYS_AHEAD);
        List<DatedEvent> events = new ArrayList<>();
        for (CalendarEntry entry : contracts.between(from, to, owner, MOST_OF_EACH)) {
            events.add(contractEvent(entry));
        }
        for (DueInvoice invoice : invoices.between(from, to, owner, MOST_OF_EACH)) {
            events.add(invoiceEvent(invoice));
        }
        events.sort(Comparator.comparing(DatedEvent::date).thenComparing(DatedEvent::uid));
        return Optional.of(ICalendar.of("CRMir: " + user.getDisplayName(), Instant.now(), events));
    }

    private static DatedEvent contractEvent(CalendarEntry entry) {
        String contract = (entry.number() == null ? "draft contract" : "contract " + entry.number()) + " \u201c"
                + entry.title() + "\u201d";
        String kind = entry.kind();
        String uid = switch (kind) {
            case "END" -> "contract-" + entry.contractId() + "-end";
            case "NOTICE" -> "contract-" + entry.contractId() + "-notice";
            default -> "contract-" + entry.contractId() + "-date-" + entry.date() + "-"
                    + HashedSecret.sha256Hex(entry.what()).substring(0, 12);
        };
        String summary = switch (kind) {
            case "END" -> "Contract ends: " + label(entry);
            case "NOTICE" -> "Notice deadline: " + label(entry);
            default -> entry.what() + ": " + label(entry);
        };
        String description = switch (kind) {
            case "END" -> "The last day of " + contract + ".";
            case "NOTICE" -> "The last day to give notice on " + contract + ".";
            default -> "An important date of " + contract + ".";
        };
        String category = switch (kind) {
            case "END" -> "Contract end";
            case "NOTICE" -> "Notice deadline";
            default -> "Contract date";
        };
        return new DatedEvent(uid + "@crmir", entry.date(), summary, description,
                link("/contract.xhtml?id=" + entry.contractId()), category);
    }

    private static String label(CalendarEntry entry) {
        return (entry.number() == null ? "" : entry.number() + " ") + entry.title();
    }

    private static DatedEvent invoiceEvent(DueInvoice invoice) {
        String owed = invoice.outstanding().setScale(Money.digitsOf(invoice.currency()), RoundingMode.HALF_UP)
                .toPlainString() + " " + invoice.currency();
        return new DatedEvent("invoice-" + invoice.id() + "-due@crmir", invoice.dueDate(),
                "Invoice due: " + invoice.number() + " " + invoice.clientName() + " (" + owed + ")",
                "Invoice " + invoice.number() + " of " + invoice.clientName() + " falls due; " + owed
                        + " is still owed.", link("/invoice.xhtml?id=" + invoice.id()), "Invoice due");
    }

    /** An absolute link into CRMir, from CRMIR_PUBLIC_URL only; none when it is not configured. */
    private static String link(String page) {
        return PublicLinks.publicUrl().map(base -> base + page).orElse(null);
    }
}
