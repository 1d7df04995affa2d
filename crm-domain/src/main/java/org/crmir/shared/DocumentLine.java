package org.crmir.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import org.crmir.catalog.Percentages;

/**
 * A line of a quote or invoice: what, how many, at what price, discount and tax; its amounts are computed by
 * {@link LineAmounts} and stored, so that a document reads back exactly as it was issued.
 */
@MappedSuperclass
public abstract class DocumentLine {

    public static final int QUANTITY_DECIMALS = 4;

    @Column(nullable = false)
    private int position;

    @Column(name = "product_id")
    private Long productId;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity;

    @Column(length = 20)
    private String unit;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "discount_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal discountPercent;

    @Column(name = "tax_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal taxRate;

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
        String text = Text.clean(input.description());
        if (text == null) {
            throw new InvalidInputException("description", "each line needs a description");
        }
        if (text.length() > 500) {
            throw new InvalidInputException("description", "has at most 500 characters");
        }
        if (input.quantity() == null || input.quantity().signum() <= 0) {
            throw new InvalidInputException("quantity", "must be more than 0");
        }
        Limits.amount("quantity", input.quantity());
        if (input.quantity().stripTrailingZeros().scale() > QUANTITY_DECIMALS) {
            throw new InvalidInputException("quantity", "has at most " + QUANTITY_DECIMALS + " decimals");
        }
        if (input.unitPrice() == null) {
            throw new InvalidInputException("unitPrice", "is required");
        }
        if (input.unitPrice().signum() < 0) {
            throw new InvalidInputException("unitPrice", "cannot be negative");
        }
        Money price;
        try {
            price = Money.of(input.unitPrice(), currency);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("unitPrice", e.getViolations().get(0).message());
        }
        BigDecimal discount = Percentages.check("discountPercent",
                input.discountPercent() == null ? BigDecimal.ZERO : input.discountPercent(), 2);
        BigDecimal tax = Percentages.check("taxRate", input.taxRate() == null ? BigDecimal.ZERO : input.taxRate(), 4);
        Limits.text("unit", Text.clean(input.unit()), 20);
        LineAmounts amounts = LineAmounts.of(input.quantity(), price, discount, tax);
        // Each factor fits DECIMAL(19,4), their product need not.
        if (!Limits.fitsAmount(amounts.subtotal().amount()) || !Limits.fitsAmount(amounts.total().amount())) {
            throw new InvalidInputException("quantity", "times the unit price comes to 1,000,000,000,000,000 or more");
        }
        this.position = position;
        this.productId = input.productId();
        this.description = text;
        this.quantity = input.quantity().setScale(QUANTITY_DECIMALS);
        this.unit = Text.clean(input.unit());
        this.unitPrice = price.amount();
        this.discountPercent = discount;
        this.taxRate = tax;
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
        return new LineInput(productId, description, quantity, unit, unitPrice, discountPercent, taxRate);
    }

    public int getPosition() { return position; }
    public Long getProductId() { return productId; }
    public String getDescription() { return description; }
    public BigDecimal getQuantity() { return quantity.stripTrailingZeros().scale() < 0 ? quantity.setScale(0) : quantity.stripTrailingZeros(); }
    public String getUnit() { return unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public BigDecimal getTaxRate() { return taxRate; }
    public BigDecimal getLineSubtotal() { return lineSubtotal; }
    public BigDecimal getLineTotal() { return lineTotal; }
    public BigDecimal getLineTax() { return lineTax; }
}
