package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Direction;
import org.crmir.communication.NewInteraction;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;
import org.crmir.support.AsAdmin;
import org.crmir.support.AsSales;
import org.crmir.support.Eventually;
import org.crmir.support.Fixtures;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A change's figures are written after its commit (PendingFigures): they reach the summary tables with no reader
 * asking, each exactly once however many writers and folds run at once, and what no commit on this node folds
 * (another node's, a failed fold's) is folded by the sweep. The tables are read here without folding first, as
 * a reader on another node would read them.
 */
@ExtendWith(ArquillianExtension.class)
class FigureFoldingIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @EJB
    CommunicationService communication;

    @EJB
    UserService users;

    @EJB
    FigureBook book;

    @EJB
    Fixtures fixtures;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsSales asSales;

    @Inject
    FigureFolding folding;

    @AfterEach
    void theBookAgrees() throws Exception {
        assertEquals(List.of(), asAdmin.call(() -> book.check()), "the summary tables agree with their rows");
    }

    @Test
    void aCommittedChangeReachesItsSummaryTableWithNoReaderAsking() throws Exception {
        Start start = salesClient("Fold Traders");
        for (int i = 0; i < 3; i++) {
            asSales.call(() -> communication.record(start.client(), visit("Visit")));
        }
        Eventually.until(PATIENCE, () -> visits(start.owner()), n -> n == start.visits() + 3);
    }

    @Test
    void manyWritersAndFoldsAtOnceAddEachChangeOnce() throws Exception {
        Start start = salesClient("Fold Crowd");
        long client = start.client();
        int writers = 6;
        int each = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 2; w++) { // readers catching up while the writers commit
                work.add(pool.submit(() -> {
                    while (writing.get()) {
                        folding.foldAll();
                    }
                    return null;
                }));
            }
            List<Future<?>> writes = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                writes.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        asSales.call(() -> communication.record(client, visit("Crowd")));
                    }
                    return null;
                }));
            }
            for (Future<?> write : writes) {
                write.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            for (Future<?> reader : work) {
                reader.get(1, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Eventually.until(PATIENCE, () -> visits(start.owner()), n -> n == start.visits() + (long) writers * each);
    }

    @Test
    void changesNoCommitHereWillFoldAreFoldedByTheSweep() throws Exception {
        // As another node leaves them when it stops between its commit and its fold: a row of a day long past.
        String day = "d10:2001-02-03";
        long owner = 1;
        String key = day + "s7:MEETINGs8:OUTBOUNDs8:RECORDEDl1:" + owner + "l1:0";
        unfolded("INSERT INTO fig_pending (summary_table, key_values, measures) VALUES ('fig_interactions', '"
                + key + "', '1')");
        Eventually.until(PATIENCE, () -> pastVisits(owner), n -> n == 1);
        unfolded("INSERT INTO fig_pending (summary_table, key_values, measures) VALUES ('fig_interactions', '"
                + key + "', '-1')");
        Eventually.until(PATIENCE, () -> scalar("SELECT COUNT(*) FROM fig_interactions WHERE occurred_on ="
                + " '2001-02-03'"), n -> n == 0);
    }

    /** A new client of the sales user, and that user's meetings in the summary table with nothing pending. */
    private Start salesClient(String name) throws Exception {
        fixtures.usersExist();
        long client = fixtures.clientOwnedBy(Role.SALES, name + " " + Fixtures.unique(), c -> { });
        long owner = asSales.call(() -> users.me().id());
        folding.foldAll();
        return new Start(client, owner, visits(owner));
    }

    private record Start(long client, long owner, long visits) {
    }

    private static NewInteraction visit(String subject) {
        return new NewInteraction(Channel.MEETING, Direction.OUTBOUND, "sales", "Buyer", subject, null, null, null,
                null, null);
    }

    private static long visits(long owner) throws Exception {
        return scalar("SELECT COALESCE(SUM(interaction_count), 0) FROM fig_interactions WHERE channel = 'MEETING'"
                + " AND owner_id = " + owner);
    }

    private static long pastVisits(long owner) throws Exception {
        return scalar("SELECT COALESCE(SUM(interaction_count), 0) FROM fig_interactions WHERE occurred_on ="
                + " '2001-02-03' AND channel = 'MEETING' AND owner_id = " + owner);
    }

    /** A statement straight on the pool, with no fold before it (FiguresSql folds first). */
    private static void unfolded(String statement) throws Exception {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement s = connection.prepareStatement(statement)) {
            s.execute();
        }
    }

    private static long scalar(String query) throws Exception {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/CrmDS");
    }
}
