package org.crmir.contract;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmir.shared.ClientOwner;

/**
 * The coming dates of draft and active contracts (important dates, end dates, notice deadlines) in a range: what the
 * calendar page shows for its visible weeks and what a personal calendar feed holds. Three range queries on indexed
 * dates, each bounded. No role check of its own: its callers have made theirs (a signed-in reader, or a feed's
 * secret link).
 */
@Dependent
public class ContractDates {

    @PersistenceContext
    EntityManager em;

    /**
     * From {@code from} to {@code to} (both inclusive), of the clients of {@code owner} when given; at most
     * {@code max} of each kind.
     */
    public List<CalendarEntry> between(LocalDate from, LocalDate to, ClientOwner owner, int max) {
        Map<String, Object> parameters = new HashMap<>(Map.of("from", from, "to", to,
                "open", List.of(ContractStatus.DRAFT, ContractStatus.ACTIVE)));
        String scope = owner == null ? "" : owner.condition("c.clientId", parameters, null);
        List<CalendarEntry> entries = new ArrayList<>();
        entries.addAll(read("SELECT NEW org.crmir.contract.CalendarEntry(c.id, c.number, c.title, m.label,"
                + " m.dueDate, 'MILESTONE') FROM ContractMilestone m JOIN m.contract c"
                + " WHERE m.dueDate BETWEEN :from AND :to AND c.status IN :open" + scope + " ORDER BY m.dueDate",
                parameters, max));
        entries.addAll(read("SELECT NEW org.crmir.contract.CalendarEntry(c.id, c.number, c.title, 'Ends',"
                + " c.endDate, 'END') FROM Contract c WHERE c.status IN :open AND c.endDate BETWEEN :from"
                + " AND :to" + scope + " ORDER BY c.endDate", parameters, max));
        entries.addAll(read("SELECT NEW org.crmir.contract.CalendarEntry(c.id, c.number, c.title,"
                + " 'Notice deadline', c.noticeDeadline, 'NOTICE') FROM Contract c WHERE c.status IN :open"
                + " AND c.noticeDays > 0 AND c.noticeDeadline BETWEEN :from AND :to" + scope
                + " ORDER BY c.noticeDeadline", parameters, max));
        return entries;
    }

    private List<CalendarEntry> read(String jpql, Map<String, Object> parameters, int max) {
        var query = em.createQuery(jpql, CalendarEntry.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }
}
