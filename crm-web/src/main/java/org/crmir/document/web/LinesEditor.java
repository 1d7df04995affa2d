package org.crmir.document.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.crmir.catalog.Product;
import org.crmir.shared.DocumentTotals;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineAmounts;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.web.Formats;
import org.crmir.shared.web.Labels;
import org.crmir.shared.web.LocalNumbers;

/**
 * The lines of a draft being edited, with live totals computed by the same rounding rule the server stores:
 * the editor shows exactly what saving will keep. Rows not yet complete show no amount.
 */
public class LinesEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String currency;
    private final List<EditableLine> rows = new ArrayList<>();
    private String subtotal = "";
    private String discount = "";
    private String taxes = "";
    private String total = "";

    /** An editor of {@code lines} (a stored document's or contract's lines, or none for a new one). */
    public LinesEditor(String currency, List<LineInput> lines) {
        this.currency = currency;
        for (LineInput line : lines) {
            rows.add(EditableLine.of(line));
        }
        if (rows.isEmpty()) {
            rows.add(new EditableLine());
        }
        recalculate();
    }

    public void addRow() {
        rows.add(new EditableLine());
    }

    public void removeRow(EditableLine row) {
        rows.remove(row);
        recalculate();
    }

    /** A row prefilled from the catalog; the document keeps a copy, so later price changes leave it alone. */
    public void addProduct(Product product) {
        if (!product.getCurrency().equals(currency)) {
            throw new InvalidInputException("product", product.getSku() + " is priced in " + product.getCurrency()
                    + ", this document is in " + currency);
        }
        EditableLine row = new EditableLine();
        row.setProductId(product.getId());
        row.setDescription(product.getName());
        row.setUnit(product.getUnit());
        row.setUnitPrice(product.getUnitPrice());
        row.setTaxRate(product.getTaxRate() == null ? java.math.BigDecimal.ZERO : product.getTaxRate().getPercentage());
        rows.removeIf(r -> r.getDescription() == null && r.getUnitPrice() == null);
        rows.add(row);
        recalculate();
    }

    public void recalculate() {
        List<DocumentTotals.Line> complete = new ArrayList<>();
        for (EditableLine row : rows) {
            try {
                LineAmounts amounts = LineAmounts.of(row.getQuantity(), Money.of(row.getUnitPrice(), currency),
                        row.getDiscountPercent() == null ? java.math.BigDecimal.ZERO : row.getDiscountPercent(),
                        row.getTaxRate() == null ? java.math.BigDecimal.ZERO : row.getTaxRate());
                row.setLineTotal(Formats.of(amounts.total()));
                complete.add(new DocumentTotals.Line(row.getTaxRate() == null ? java.math.BigDecimal.ZERO
                        : row.getTaxRate(), amounts));
            } catch (RuntimeException incomplete) {
                row.setLineTotal("");
            }
        }
        DocumentTotals totals = DocumentTotals.of(currency, complete);
        subtotal = Formats.of(totals.subtotal());
        discount = Formats.of(totals.discount());
        StringBuilder perRate = new StringBuilder();
        totals.taxByRate().forEach((rate, tax) -> perRate.append(LocalNumbers.percent(rate, Labels.viewLocale())).append(": ")
                .append(Formats.of(tax))
                .append("  "));
        taxes = perRate.toString().strip();
        total = Formats.of(totals.total());
    }

    public List<LineInput> inputs() {
        return rows.stream().filter(r -> r.getDescription() != null || r.getUnitPrice() != null)
                .map(EditableLine::toInput).toList();
    }

    public String getCurrency() { return currency; }
    public List<EditableLine> getRows() { return rows; }
    public String getSubtotal() { return subtotal; }
    public String getDiscount() { return discount; }
    public String getTaxes() { return taxes; }
    public String getTotal() { return total; }
}
