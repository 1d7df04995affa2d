package org.crmir.financereport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JasperReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each report's JRXML compiles, and its fields are exactly the column labels of its select. */
class ReportTemplatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final ReportTemplates TEMPLATES = new ReportTemplates();

    @ParameterizedTest
    @EnumSource(FinanceReport.class)
    void theTemplateCompilesAndItsFieldsAreTheSelectsColumns(FinanceReport report) {
        JasperReport compiled = TEMPLATES.of(report);
        Set<String> fields = new TreeSet<>();
        Arrays.stream(compiled.getFields()).map(JRField::getName).forEach(fields::add);
        ReportParameters p = (report.hasPeriod() ? new ReportParameters(DAY.minusDays(30), DAY, "EUR", 7L)
                : new ReportParameters(null, null, "EUR", 7L)).checkedFor(report);
        String sql = ReportSql.of(report, p, DAY).sql();
        assertEquals(new TreeSet<>(columnLabels(sql)), fields, sql);
    }

    /** The labels of a select's columns: after its last {@code AS}, or the column's name after its table's alias. */
    static List<String> columnLabels(String sql) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int k = "SELECT ".length(); k < sql.length(); k++) {
            char c = sql.charAt(k);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && sql.startsWith(" FROM ", k)) {
                break;
            } else if (!quoted && depth == 0 && c == ',') {
                items.add(item.toString().strip());
                item.setLength(0);
                continue;
            }
            item.append(c);
        }
        items.add(item.toString().strip());
        return items.stream().map(i -> i.contains(" AS ") ? i.substring(i.lastIndexOf(" AS ") + 4).strip()
                : i.substring(i.lastIndexOf('.') + 1)).toList();
    }
}
