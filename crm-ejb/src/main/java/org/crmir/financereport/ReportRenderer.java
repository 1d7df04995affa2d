package org.crmir.financereport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.crmir.figures.DaysSalesOutstanding;
import org.crmir.shared.LongStatements;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.JRCsvExporter;
import net.sf.jasperreports.engine.export.JRPdfExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleWriterExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

/**
 * Fills a report from its select as the rows stream in (a forward-only result set read row by row, never a list),
 * with filled pages swapped to a temporary file beyond {@value #PAGES_IN_MEMORY} (JasperReports' swap-file
 * virtualizer), and exports it to a temporary file. So heap use does not grow with the book.
 */
@ApplicationScoped
public class ReportRenderer {

    static final int PAGES_IN_MEMORY = 20;
    /**
     * How long the report's connection may wait on the database: the rows of a year at a million invoices stream
     * for minutes, and the pool's 60 s socket timeout would cut them off. Put back before the connection returns.
     */
    static final Duration LONGEST_SELECT = Duration.ofMinutes(30);

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    DataSource database;

    @Inject
    ReportTemplates templates;

    /** Renders {@code report} for {@code p} (checked) as of {@code today}; {@code progress} hears the rows read. */
    public RenderedReport render(FinanceReport report, ReportParameters p, ReportFormat format, LocalDate today,
            Instant at, LongConsumer progress) {
        Path work = null;
        JRSwapFileVirtualizer virtualizer = null;
        try {
            work = Files.createTempDirectory("crmir-report-");
            virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY, new JRSwapFile(work.toString(), 8192, 64), true);
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("TITLE", report.title());
            parameters.put("SUBTITLE", subtitle(report, p, today, at));
            parameters.put("MONEY_PATTERN", moneyPattern(p.currency(), format));
            parameters.put(JRParameter.REPORT_LOCALE, Locale.ENGLISH);
            parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone("UTC"));
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
            ReportSql sql = ReportSql.of(report, p, today);
            JasperPrint print;
            long rows;
            try (Connection connection = database.getConnection();
                 LongStatements lifted = LongStatements.allowing(connection, LONGEST_SELECT)) {
                if (report == FinanceReport.COLLECTION_PERFORMANCE) {
                    parameters.put("DSO_LINE", salesOutstandingLine(connection, p, today));
                }
                try (PreparedStatement statement = sql.streaming(connection);
                     ResultSet result = statement.executeQuery()) {
                    CountingRows source = new CountingRows(result, progress);
                    print = JasperFillManager.fillReport(templates.of(report), parameters, source);
                    rows = source.rows();
                }
            }
            virtualizer.setReadOnly(true);
            return new RenderedReport(exported(format.extension(), out -> export(print, format, out)), rows);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not give the rows of " + report.title() + ": "
                    + e.getMessage(), e);
        } catch (JRException e) {
            throw new IllegalStateException("JasperReports could not render " + report.title() + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (virtualizer != null) {
                virtualizer.cleanup();
            }
            delete(work);
        }
    }

    /** Writes an output, as {@link #exported} calls it. */
    @FunctionalInterface
    interface Export {
        void to(OutputStream out) throws JRException, IOException;
    }

    /**
     * A temporary file {@code export} wrote, which the caller deletes; when the export fails, the file is deleted
     * here, so no failed run leaves one behind.
     */
    static Path exported(String extension, Export export) throws JRException, IOException {
        Path output = Files.createTempFile("crmir-report-", "." + extension);
        try {
            try (OutputStream out = Files.newOutputStream(output)) {
                export.to(out);
            }
            return output;
        } catch (Throwable failed) { // precise rethrow: only what the export throws
            try {
                Files.deleteIfExists(output);
            } catch (IOException notDeleted) {
                failed.addSuppressed(notDeleted);
            }
            throw failed;
        }
    }

    private static void export(JasperPrint print, ReportFormat format, OutputStream out) throws JRException {
        switch (format) {
            case PDF -> {
                JRPdfExporter pdf = new JRPdfExporter();
                pdf.setExporterInput(new SimpleExporterInput(print));
                pdf.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                pdf.exportReport();
            }
            case XLSX -> {
                JRXlsxExporter xlsx = new JRXlsxExporter();
                SimpleXlsxReportConfiguration sheet = new SimpleXlsxReportConfiguration();
                sheet.setOnePagePerSheet(false);
                sheet.setDetectCellType(true);
                sheet.setRemoveEmptySpaceBetweenRows(true);
                sheet.setRemoveEmptySpaceBetweenColumns(true);
                sheet.setWhitePageBackground(false);
                sheet.setMaxRowsPerSheet(1_000_000);
                xlsx.setConfiguration(sheet);
                xlsx.setExporterInput(new SimpleExporterInput(print));
                xlsx.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                xlsx.exportReport();
            }
            case CSV -> {
                JRCsvExporter csv = new JRCsvExporter();
                csv.setExporterInput(new SimpleExporterInput(print));
                csv.setExporterOutput(new SimpleWriterExporterOutput(out, "UTF-8"));
                csv.exportReport();
            }
        }
    }

    /**
     * Amounts at the currency's minor unit; grouped thousands for people (PDF, spreadsheet), plain for CSV so that
     * a program reads each amount as one number.
     */
    static String moneyPattern(String currency, ReportFormat format) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        String fraction = digits == 0 ? "" : "." + "0".repeat(digits);
        return (format == ReportFormat.CSV ? "0" : "#,##0") + fraction;
    }

    /**
     * Days sales outstanding on {@code day} for the report's currency and client, worded, computed as the dashboard
     * does ({@link DaysSalesOutstanding}): receivables ÷ invoicing of the last 90 days × 90.
     */
    static String salesOutstandingLine(Connection connection, ReportParameters p, LocalDate day) throws SQLException {
        ReportSql inputs = ReportSql.salesOutstanding(p, day);
        try (PreparedStatement select = connection.prepareStatement(inputs.sql())) {
            inputs.bind(select);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                BigDecimal dso = DaysSalesOutstanding.of(row.getBigDecimal(1), row.getBigDecimal(2));
                return "Days sales outstanding on " + day + ": " + (dso == null
                        ? "none (nothing invoiced in the last " + DaysSalesOutstanding.DAYS + " days)"
                        : dso.toPlainString() + " (receivables ÷ invoicing of the last " + DaysSalesOutstanding.DAYS
                                + " days × " + DaysSalesOutstanding.DAYS + ")");
            }
        }
    }

    private static String subtitle(FinanceReport report, ReportParameters p, LocalDate today, Instant at) {
        String period = report.hasPeriod() ? p.from() + " to " + p.to() + " (" + report.periodOf() + ")"
                : "as of " + p.asOfOr(today);
        return "Currency " + p.currency() + ", " + period + (p.clientId() == null ? "" : ", client #" + p.clientId())
                + ". Made " + at.toString().replace('T', ' ').replaceFirst("\\.[0-9]+", "").replace("Z", " UTC") + ".";
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary file left behind is no failure of the run
        }
    }
}
