package org.crmir.financereport;

import java.sql.ResultSet;
import java.util.function.LongConsumer;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRResultSetDataSource;

/** The rows of a streaming result set for JasperReports, counted, with the count told every {@value #EVERY}. */
final class CountingRows extends JRResultSetDataSource {

    static final int EVERY = 2_000;

    private final LongConsumer progress;
    private long rows;

    CountingRows(ResultSet resultSet, LongConsumer progress) {
        super(resultSet);
        this.progress = progress;
    }

    @Override
    public boolean next() throws JRException {
        boolean more = super.next();
        if (more && ++rows % EVERY == 0) {
            progress.accept(rows);
        }
        return more;
    }

    long rows() {
        return rows;
    }
}
