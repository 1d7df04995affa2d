package org.crmir.importing.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmir.importing.ColumnMapping;
import org.crmir.importing.CsvFile;
import org.crmir.importing.CsvTable;
import org.crmir.importing.ImportField;
import org.crmir.importing.ImportKind;
import org.crmir.importing.ImportPreview;
import org.crmir.importing.ImportService;
import org.crmir.importing.RowCheck;
import org.crmir.importing.RowStatus;
import org.crmir.shared.web.Labels;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.TableDownload;
import org.crmir.shared.web.UserActions;
import org.primefaces.event.FileUploadEvent;

/**
 * Import, step by step: choose what to import and upload a CSV file; check which column fills which field (guessed
 * from the header); read each row's verdict; import. The import then runs in the background ({@link ImportRunView}).
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Rows the preview table shows at most; every problem is in the download. */
    static final int SHOWN = 500;

    @EJB
    private ImportService imports;

    private ImportKind kind;
    private String fileName;
    private CsvTable table;
    private Map<String, Integer> columns = new LinkedHashMap<>();
    private ImportPreview preview;
    private String shownStatus = "PROBLEMS";

    @PostConstruct
    void init() {
        List<ImportKind> allowed = imports.kindsAllowed();
        kind = allowed.isEmpty() ? null : allowed.get(0);
    }

    /** The page's {@code ?kind=} parameter, when it names a kind the user may import. */
    public void setRequestedKind(String requested) {
        imports.kindsAllowed().stream().filter(k -> k.name().equalsIgnoreCase(requested)).findFirst()
                .ifPresent(k -> kind = k);
    }

    public String getRequestedKind() {
        return kind == null ? null : kind.name();
    }

    public void kindChanged() {
        if (table != null) {
            columns = ColumnMapping.guess(kind, table.header()).columns();
            check();
        }
    }

    public void upload(FileUploadEvent event) {
        UserActions.attempt(() -> {
            CsvTable read = CsvFile.read(event.getFile().getContent());
            table = read;
            fileName = event.getFile().getFileName();
            columns = ColumnMapping.guess(kind, read.header()).columns();
            check();
            Messages.info(fileName + " read: " + String.format(java.util.Locale.ROOT, "%,d", read.rows().size())
                    + " rows.");
        });
    }

    /** Checks every row again with the mapping as it now stands. */
    public void check() {
        preview = null;
        UserActions.attempt(() -> preview = imports.preview(table, mapping()),
                "Your role may not import " + new Labels().of(kind).toLowerCase(java.util.Locale.ROOT) + ".");
    }

    private ColumnMapping mapping() {
        return new ColumnMapping(kind, columns);
    }

    /** Starts the import; the run's page part takes over. */
    public void start(ImportRunView run) {
        UserActions.attempt(() -> {
            long id = imports.start(fileName, table, mapping());
            run.follow(id);
            table = null;
            preview = null;
            Messages.info("Import of " + fileName + " started.");
        }, "Your role may not import this.");
    }

    public void startOver() {
        table = null;
        preview = null;
        fileName = null;
    }

    public List<ImportField> getFields() {
        return kind == null ? List.of() : kind.fields();
    }

    public List<SelectItem> getColumnChoices() {
        List<SelectItem> choices = new ArrayList<>();
        if (table != null) {
            for (int i = 0; i < table.header().size(); i++) {
                choices.add(new SelectItem(i, table.header().get(i)));
            }
        }
        return choices;
    }

    /** The preview's rows the table shows: all, only those with a problem, or those of one status. */
    public List<PreviewRow> getShownRows() {
        if (preview == null || table == null) {
            return List.of();
        }
        List<PreviewRow> shown = new ArrayList<>();
        List<RowCheck> checks = preview.checks();
        for (int i = 0; i < checks.size() && shown.size() < SHOWN; i++) {
            RowCheck check = checks.get(i);
            if (shows(check.status())) {
                shown.add(new PreviewRow(check, mappedValues(table.rows().get(i))));
            }
        }
        return shown;
    }

    private boolean shows(RowStatus status) {
        return switch (shownStatus) {
            case "ALL" -> true;
            case "PROBLEMS" -> status != RowStatus.READY;
            default -> status.name().equals(shownStatus);
        };
    }

    private List<String> mappedValues(CsvTable.Row row) {
        return getMappedFields().stream().map(f -> row.cell(columns.get(f.key()))).toList();
    }

    /** The fields a column is chosen for, in the kind's order: the preview table's columns. */
    public List<ImportField> getMappedFields() {
        return getFields().stream().filter(f -> columns.get(f.key()) != null).toList();
    }

    /** Every row with a problem, as CSV: row number, status, what is wrong. */
    public void downloadProblems() throws IOException {
        Labels labels = new Labels();
        List<List<Object>> rows = preview == null ? List.of() : preview.checks().stream()
                .filter(c -> c.status() != RowStatus.READY)
                .map(c -> List.<Object>of(c.rowNumber(), labels.of(c.status()), c.message())).toList();
        TableDownload.csv("import-problems", List.of("Row", "Status", "Problem"), rows);
    }

    public long count(String status) {
        return preview == null ? 0 : preview.count(RowStatus.valueOf(status));
    }

    public List<ImportKind> getKinds() { return imports.kindsAllowed(); }
    public ImportKind getKind() { return kind; }
    public void setKind(ImportKind kind) { this.kind = kind; }
    public String getFileName() { return fileName; }
    public boolean isUploaded() { return table != null; }
    public int getRowCount() { return table == null ? 0 : table.rows().size(); }
    public Map<String, Integer> getColumns() { return columns; }
    public ImportPreview getPreview() { return preview; }
    public String getShownStatus() { return shownStatus; }
    public void setShownStatus(String shownStatus) { this.shownStatus = shownStatus; }
}
