package org.crmir.importing;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.RuleViolationException;

/**
 * Works an import run through in the background, chunk by chunk. A chunk that fails is tried again row by row, so
 * that one bad row (say a client someone else just saved with the same e-mail) costs only itself.
 */
@Stateless
public class ImportRunner {

    static final int CHUNK = 200;
    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @EJB
    ImportChunks chunks;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long runId, List<CsvTable.Row> rows, ColumnMapping mapping) {
        try {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<CsvTable.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                try {
                    chunks.importChunk(runId, List.copyOf(chunk), mapping);
                } catch (EJBException | InvalidInputException | RuleViolationException failed) {
                    rowByRow(runId, chunk, mapping);
                }
            }
            chunks.finish(runId, false);
        } catch (RuntimeException fault) {
            String correlationId = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Import run " + runId + " stopped [" + correlationId + "]", fault);
            chunks.finish(runId, true);
        }
    }

    private void rowByRow(long runId, List<CsvTable.Row> chunk, ColumnMapping mapping) {
        for (CsvTable.Row row : chunk) {
            try {
                chunks.importChunk(runId, List.of(row), mapping);
            } catch (InvalidInputException | RuleViolationException refused) {
                chunks.recordFailure(runId, row.number(), ImportProblems.describe(mapping.kind(), refused));
            } catch (EJBException fault) {
                String correlationId = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "Import run " + runId + ", row " + row.number() + " failed [" + correlationId
                        + "]", fault);
                chunks.recordFailure(runId, row.number(), "could not be saved because of a fault on the server"
                        + " (reference " + correlationId + ")");
            }
        }
    }
}
