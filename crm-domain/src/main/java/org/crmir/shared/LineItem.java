package org.crmir.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What one line sells, checked once for every kind of line (quote, invoice, contract billing): product, description,
 * quantity, unit, unit price, discount and tax rate. Immutable: a changed line is a new item.
 */
@Embeddable
public class LineItem implements Serializable {

    public static final int QUANTITY_DECIMALS = 4;
    public static final int MAX_DESCRIPTION = 500;

    @Column(name = "product_id")
    private Long productId;

    @Column(nullable = false, length = MAX_DESCRIPTION)
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

    protected LineItem() {
    }

    /**
     * Checks what was typed against the document's currency. Fields are reported as {@code prefix + name}: a
     * document reports {@code quantity}, a contract {@code lines[2].quantity}.
     */
    public static LineItem of(String prefix, LineInput input, String currency) {
        String text = Text.clean(input.description());
        if (text == null) {
            throw new InvalidInputException(prefix + "description", "each line needs a description");
        }
        if (text.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException(prefix + "description", "has at most " + MAX_DESCRIPTION + " characters");
        }
        if (input.quantity() == null || input.quantity().signum() <= 0) {
            throw new InvalidInputException(prefix + "quantity", "must be more than 0");
        }
        Limits.amount(prefix + "quantity", input.quantity());
        if (input.quantity().stripTrailingZeros().scale() > QUANTITY_DECIMALS) {
            throw new InvalidInputException(prefix + "quantity", "has at most " + QUANTITY_DECIMALS + " decimals");
        }
        if (input.unitPrice() == null) {
            throw new InvalidInputException(prefix + "unitPrice", "is required");
        }
        if (input.unitPrice().signum() < 0) {
            throw new InvalidInputException(prefix + "unitPrice", "cannot be negative");
        }
        LineItem item = new LineItem();
        try {
            item.unitPrice = Money.of(input.unitPrice(), currency).amount();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(prefix + "unitPrice", e.getViolations().get(0).message());
        }
        item.discountPercent = Percentages.check(prefix + "discountPercent",
                input.discountPercent() == null ? BigDecimal.ZERO : input.discountPercent(), 2);
        item.taxRate = Percentages.check(prefix + "taxRate",
                input.taxRate() == null ? BigDecimal.ZERO : input.taxRate(), 4);
        item.unit = Limits.text(prefix + "unit", Text.clean(input.unit()), 20);
        item.productId = input.productId();
        item.description = text;
        item.quantity = input.quantity().setScale(QUANTITY_DECIMALS);
        // Each factor fits DECIMAL(19,4), their product need not: refuse it now, not when it is billed or stored.
        LineAmounts amounts = item.amounts(currency);
        if (!Limits.fitsAmount(amounts.subtotal().amount()) || !Limits.fitsAmount(amounts.total().amount())) {
            throw new InvalidInputException(prefix + "quantity",
                    "times the unit price comes to 1,000,000,000,000,000 or more");
        }
        return item;
    }

    /** The line's amounts by the rounding rule, in the document's currency. */
    public LineAmounts amounts(String currency) {
        return LineAmounts.of(quantity, Money.of(unitPrice, currency), discountPercent, taxRate);
    }

    /** The line as typed, e.g. to put it on another document or back into an editor. */
    public LineInput toInput() {
        return toInput(description);
    }

    /** The same line with another description (a contract's invoice line names the period it pays). */
    public LineInput toInput(String otherDescription) {
        return new LineInput(productId, otherDescription, getQuantity(), unit, unitPrice, discountPercent, taxRate);
    }

    public Long getProductId() { return productId; }
    public String getDescription() { return description; }
    public BigDecimal getQuantity() { return quantity.stripTrailingZeros().scale() < 0 ? quantity.setScale(0) : quantity.stripTrailingZeros(); }
    public String getUnit() { return unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public BigDecimal getTaxRate() { return taxRate; }
}
