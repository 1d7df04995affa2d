package org.crmir.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * Keeps the summary tables in step with their source rows: a service calls {@link #changing} in the transaction
 * that changes the rows, once it holds them (loaded or locked), changes them, then {@link FigureChange#apply()}.
 * The difference between what the rows contributed before and after is recorded in that transaction and added to
 * the summary tables once it has committed ({@link PendingFigures}, {@link FigureFolding}). The datasource reads
 * committed data (READ COMMITTED), so "before" is what the rows hold now, not an older snapshot of this
 * transaction. Both reads key the rows by their client's owner and segment, so the change holds its clients from
 * before the first read ({@link #holdClients}); a change of a client's owner or segment locks the client before it
 * reads the client's rows ({@link #changingClient}), and so the two wait for each other instead of each counting
 * the other's rows under a different owner.
 */
@ApplicationScoped
public class Figures {

    /**
     * The most rows one upsert or delete carries: a client's owner or segment change moves all of the client's
     * rows, thousands in a per-day table, and one statement of them all would grow without bound.
     */
    static final int CHUNK_ROWS = 500;

    /** Every summary of the source. */
    static final Predicate<Summary> ALL = summary -> true;

    @Inject
    EntityManager em;

    @Inject
    @Any
    Instance<Summary> summaries;

    @Inject
    PendingFigures pending;

    /**
     * The summaries, resolved once, by source and with their widths: every change of a source row walks its
     * source's, and each call on one goes through its CDI proxy.
     */
    private volatile Resolved resolved;

    private record Resolved(List<Summary> all, Map<FigureSource, List<Summary>> bySource,
            Map<Summary, Integer> columns) {
    }

    /** Reads what these rows contribute now; call {@link FigureChange#apply()} after changing them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public FigureChange changing(FigureSource source, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new FigureChange(this, source, null, List.of(), new Contributions());
        }
        String where = "src.id IN (" + placeholders(ids.size()) + ")";
        List<Object> parameters = new ArrayList<>(ids);
        holdClients(source, where, parameters);
        return new FigureChange(this, source, where, parameters, read(source, where, parameters));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public FigureChange changing(FigureSource source, long id) {
        return changing(source, List.of(id));
    }

    /**
     * Before a change of nothing but a row's status (of what its summaries read): as {@link #changing}, of only
     * the summaries that tell the two statuses apart ({@link Summary#countedAs}), and with no read before where
     * none of them counts the old status. With none to move (an e-mail's claim, a retry), nothing is held or read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FigureChange changingStatus(FigureSource source, long id, Enum<?> from, Enum<?> to) {
        Predicate<Summary> which = summary -> summary.tellsApart(from.name(), to.name());
        if (none(source, which)) {
            return new FigureChange(this, source, null, List.of(), new Contributions());
        }
        String where = "src.id IN (?)";
        List<Object> parameters = List.of(id);
        holdClients(source, where, parameters);
        Contributions before = none(source, which.and(summary -> summary.countedAs(from.name()) != null))
                ? new Contributions() : read(source, which, where, parameters);
        return new FigureChange(this, source, which, where, parameters, before);
    }

    /**
     * After a row's status changed from one that no summary counts, when the new one was not known before (an
     * event's outcome): there was nothing to read before, so this reads, once, only the summaries that count the
     * new status. Refused for a status some summary counts: that change must be read before
     * ({@link #changingStatus}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changedStatus(FigureSource source, long id, Enum<?> from, Enum<?> to) {
        if (!none(source, summary -> summary.countedAs(from.name()) != null)) {
            throw new IllegalStateException(source + " " + from + " counts in a summary: read it before the change");
        }
        added(source, id, to);
    }

    /**
     * Before money is paid on an invoice or taken back, for the invoice or the payment the money moves between:
     * reads only the source's summaries that can move with it ({@link Summary#movesWhenPaid}: 3 of 12 of an
     * invoice's, none of them over the lines; none of a payment's, which count what was received), twice for
     * every payment. With none to move, nothing is held or read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public FigureChange paying(FigureSource source, long id) {
        Predicate<Summary> which = Summary::movesWhenPaid;
        if (none(source, which)) {
            return new FigureChange(this, source, null, List.of(), new Contributions());
        }
        String where = "src.id IN (?)";
        List<Object> parameters = List.of(id);
        holdClients(source, where, parameters);
        return new FigureChange(this, source, which, where, parameters, read(source, which, where, parameters));
    }

    /** Adds what a new row contributes (persisted and flushed, so that it has its id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void added(FigureSource source, long id) {
        addNew(source, ALL, id);
    }

    /**
     * As {@link #added(FigureSource, long)}, of a row in {@code status}: only the summaries that count it, and
     * nothing held or read where none does (a received gateway event).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void added(FigureSource source, long id, Enum<?> status) {
        Predicate<Summary> which = summary -> summary.countedAs(status.name()) != null;
        if (!none(source, which)) {
            addNew(source, which, id);
        }
    }

    private void addNew(FigureSource source, Predicate<Summary> which, long id) {
        holdClients(source, "src.id IN (?)", List.of(id));
        pending.record(new Contributions().towards(read(source, which, "src.id IN (?)", List.of(id))));
    }

    /**
     * Before a client's owner or segment changes: every figure of the client's rows is keyed by them, so all of
     * them move. One indexed read per summary of the client's rows, before and after. The client is locked first,
     * so that a change of its rows still open (holding the client, {@link #holdClients}) is committed before the
     * rows are read, and one that comes after waits for this one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FigureChange> changingClient(long clientId) {
        em.flush();
        em.createNativeQuery("SELECT id FROM clients WHERE id = ? FOR UPDATE").setParameter(1, clientId)
                .getResultList();
        List<FigureChange> changes = new ArrayList<>();
        for (FigureSource source : FigureSource.values()) {
            if (source.ofClient()) {
                changes.add(new FigureChange(this, source, "src.client_id = ?", List.of(clientId),
                        read(source, "src.client_id = ?", List.of(clientId))));
            }
        }
        return changes;
    }

    /**
     * Holds the clients of the rows with a shared lock until commit, so that their owner and segment, which key
     * the figures, stay as they are between the reads before and after the change. Changes of one client's rows
     * share it; only a change of the client itself waits. The rows themselves are not locked: the subquery's
     * table takes no lock in a locking read.
     */
    private void holdClients(FigureSource source, String where, List<Object> parameters) {
        em.flush(); // once per change, before its first read: a new row's client is read from the row
        if (!source.ofClient()) {
            return;
        }
        Query hold = em.createNativeQuery("SELECT c.id FROM clients c WHERE c.id IN (SELECT src.client_id FROM "
                + source.table() + " src WHERE " + where + ") LOCK IN SHARE MODE");
        for (int i = 0; i < parameters.size(); i++) {
            hold.setParameter(i + 1, parameters.get(i));
        }
        hold.getResultList();
    }

    /**
     * What the rows contribute to every summary of their source, in one statement: a change reads this before and
     * after, and an invoice has ten summaries, so one round trip instead of ten each time. Each summary's select
     * is a part of a {@code UNION ALL}, tagged with its position and padded to the widest; where the parts' types
     * differ at a position the database answers text, which the upsert hands back to the typed columns as is.
     */
    Contributions read(FigureSource source, String where, List<Object> parameters) {
        return read(source, ALL, where, parameters);
    }

    /** As above, of those of the source's summaries that {@code which} takes; the changes flushed before. */
    Contributions read(FigureSource source, Predicate<Summary> which, String where, List<Object> parameters) {
        List<Summary> ofSource = new ArrayList<>();
        int width = 0;
        for (Summary summary : of(source)) {
            if (which.test(summary)) {
                ofSource.add(summary);
                width = Math.max(width, columns(summary));
            }
        }
        Contributions read = new Contributions();
        if (ofSource.isEmpty()) {
            return read;
        }
        if (ofSource.size() == 1) {
            read.add(ofSource.get(0), rows(ofSource.get(0).select(where), parameters));
            return read;
        }
        StringJoiner union = new StringJoiner(" UNION ALL ");
        List<Object> unionParameters = new ArrayList<>();
        for (int i = 0; i < ofSource.size(); i++) {
            Summary summary = ofSource.get(i);
            union.add("SELECT " + i + ", part.*" + ", NULL".repeat(width - columns(summary)) + " FROM ("
                    + summary.select(where) + ") part");
            unionParameters.addAll(parameters);
        }
        List<List<Object[]>> parts = new ArrayList<>();
        ofSource.forEach(summary -> parts.add(new ArrayList<>()));
        for (Object[] row : rows(union.toString(), unionParameters)) {
            int part = ((Number) row[0]).intValue();
            parts.get(part).add(Arrays.copyOfRange(row, 1, 1 + columns(ofSource.get(part))));
        }
        for (int i = 0; i < ofSource.size(); i++) {
            read.add(ofSource.get(i), parts.get(i));
        }
        return read;
    }

    private int columns(Summary summary) {
        return resolved().columns().get(summary);
    }

    void apply(FigureChange change) {
        if (change.where() == null) {
            return;
        }
        em.flush();
        pending.record(change.before().towards(read(change.source(), change.which(), change.where(),
                change.parameters())));
    }

    /** Whether no summary of the source is one {@code which} takes. */
    private boolean none(FigureSource source, Predicate<Summary> which) {
        return of(source).stream().noneMatch(which);
    }

    List<Summary> all() {
        return resolved().all();
    }

    private List<Summary> of(FigureSource source) {
        return resolved().bySource().getOrDefault(source, List.of());
    }

    private Resolved resolved() {
        Resolved known = resolved;
        if (known == null) {
            List<Summary> all = summaries.stream().toList();
            Map<FigureSource, List<Summary>> bySource = new EnumMap<>(FigureSource.class);
            Map<Summary, Integer> columns = new IdentityHashMap<>();
            for (Summary summary : all) {
                bySource.computeIfAbsent(summary.source(), source -> new ArrayList<>()).add(summary);
                columns.put(summary, summary.keys().size() + summary.measures().size());
            }
            known = new Resolved(all, bySource, columns);
            resolved = known;
        }
        return known;
    }

    /** The summary of this table. */
    Summary summary(String table) {
        for (Summary summary : all()) {
            if (summary.table().equals(table)) {
                return summary;
            }
        }
        throw new org.crmir.shared.NotFoundException("Summary table", table);
    }

    void update(String sql, List<Object> parameters) {
        Query update = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            update.setParameter(i + 1, parameters.get(i));
        }
        update.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
