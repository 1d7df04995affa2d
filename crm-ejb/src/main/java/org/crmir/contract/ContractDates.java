package org.crmir.contract;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crmir.shared.ClientOwner;
import org.crmir.shared.ListConditions;

/**
 * The coming dates of draft and active contracts (important dates, end dates, notice deadlines) in a range: what the
 * calendar page shows for its visible weeks and what a personal calendar feed holds. Three range queries on indexed
 * dates, each bounded. No role check of its own: its callers have made theirs (a signed-in reader, or a feed's
 * secret link).
 */
@Dependent
public class ContractDates {

    private static final List<ContractStatus> OPEN = List.of(ContractStatus.DRAFT, ContractStatus.ACTIVE);

    @Inject
    EntityManager em;

    /**
     * From {@code from} to {@code to} (both inclusive), of the clients of {@code owner} when given; at most
     * {@code max} of each kind.
     */
    public List<CalendarEntry> between(LocalDate from, LocalDate to, ClientOwner owner, int max) {
        List<CalendarEntry> entries = new ArrayList<>();
        entries.addAll(read("SELECT NEW org.crmir.contract.CalendarEntry(c.id, c.number, c.title, m.label,"
                + " m.dueDate, 'MILESTONE') FROM ContractMilestone m JOIN m.contract c WHERE c.id IS NOT NULL",
                "m.dueDate", from, to, owner, max));
        entries.addAll(read("SELECT NEW org.crmir.contract.CalendarEntry(c.id, c.number, c.title, 'Ends',"
                + " c.endDate, 'END') FROM Contract c WHERE c.id IS NOT NULL", "c.endDate", from, to, owner, max));
        entries.addAll(read("SELECT NEW org.crmir.contract.CalendarEntry(c.id, c.number, c.title,"
                + " 'Notice deadline', c.noticeDeadline, 'NOTICE') FROM Contract c WHERE c.noticeDays > 0",
                "c.noticeDeadline", from, to, owner, max));
        return entries;
    }

    /** {@code select}'s rows whose {@code date} is in the range, of draft and active contracts, soonest first. */
    private List<CalendarEntry> read(String select, String date, LocalDate from, LocalDate to, ClientOwner owner,
            int max) {
        ListConditions where = new ListConditions().in("c.status", "open", OPEN).dates(date, "on", from, to)
                .owner("c.clientId", owner, null);
        return where.bind(em.createQuery(select + where.jpql() + " ORDER BY " + date, CalendarEntry.class))
                .setMaxResults(max).getResultList();
    }
}
