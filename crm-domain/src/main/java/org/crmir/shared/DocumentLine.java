package org.crmir.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A line of a quote or invoice: its {@link LineItem} at a position; its amounts are computed by
 * {@link LineAmounts} and stored, so that a document reads back exactly as it was issued.
 */
@MappedSuperclass
public abstract class DocumentLine implements Serializable {

    @Column(nullable = false)
    private int position;

    @Embedded
    private LineItem item;

    @Column(name = "line_subtotal", nullable = false, precision = 19, scale = 4)
    private BigDecimal lineSubtotal;

    @Column(name = "line_discount", nullable = false, precision = 19, scale = 4)
    private BigDecimal lineDiscount;

    @Column(name = "line_tax", nullable = false, precision = 19, scale = 4)
    private BigDecimal lineTax;

    @Column(name = "line_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal lineTotal;

    protected DocumentLine() {
    }

    /** Checks and takes the line's values; the amounts follow the rounding rule in the document's currency. */
    protected void fill(int position, LineInput input, String currency) {
        LineItem checked = LineItem.of("", input, currency);
        LineAmounts amounts = checked.amounts(currency);
        this.position = position;
        this.item = checked;
        this.lineSubtotal = amounts.subtotal().amount();
        this.lineDiscount = amounts.discount().amount();
        this.lineTax = amounts.tax().amount();
        this.lineTotal = amounts.total().amount();
    }

    void renumber(int newPosition) {
        this.position = newPosition;
    }

    public LineAmounts amounts(String currency) {
        return new LineAmounts(Money.of(lineSubtotal, currency), Money.of(lineDiscount, currency),
                Money.of(lineSubtotal.subtract(lineDiscount), currency), Money.of(lineTax, currency),
                Money.of(lineTotal, currency));
    }

    public LineInput toInput() {
        return item.toInput();
    }

    public int getPosition() { return position; }
    public LineItem getItem() { return item; }
    public Long getProductId() { return item.getProductId(); }
    public String getDescription() { return item.getDescription(); }
    public BigDecimal getQuantity() { return item.getQuantity(); }
    public String getUnit() { return item.getUnit(); }
    public BigDecimal getUnitPrice() { return item.getUnitPrice(); }
    public BigDecimal getDiscountPercent() { return item.getDiscountPercent(); }
    public BigDecimal getTaxRate() { return item.getTaxRate(); }
    public BigDecimal getLineSubtotal() { return lineSubtotal; }
    public BigDecimal getLineTotal() { return lineTotal; }
    public BigDecimal getLineTax() { return lineTax; }
}
