package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.crmir.catalog.Percentages;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineAmounts;
import org.crmir.shared.LineInput;
import org.crmir.shared.Limits;
import org.crmir.shared.Money;
import org.crmir.shared.Text;

/** What a contract invoices every period; each invoice gets these as its lines. */
@Entity
@Table(name = "contract_billing_lines")
public class ContractBillingLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false, updatable = false)
    private Contract contract;

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

    protected ContractBillingLine() {
    }

    /** Checks a line against the contract's currency: a line priced in another currency is refused. */
    ContractBillingLine(Contract contract, int position, BillingLineInput input) {
        String field = "lines[" + (position - 1) + "]";
        String text = Text.clean(input.description());
        if (text == null || text.length() > 500) {
            throw new InvalidInputException(field + ".description", "each line needs a description of at most"
                    + " 500 characters");
        }
        if (input.currency() != null && !input.currency().equals(contract.getCurrency())) {
            throw new InvalidInputException(field + ".currency", "'" + text + "' is priced in " + input.currency()
                    + " but the contract is in " + contract.getCurrency() + "; billing lines must be in the"
                    + " contract's currency");
        }
        if (input.quantity() == null || input.quantity().signum() <= 0 || !Limits.fitsAmount(input.quantity())) {
            throw new InvalidInputException(field + ".quantity", "must be more than 0 and " + Limits.AMOUNT_RULE);
        }
        if (input.unitPrice() == null || input.unitPrice().signum() < 0) {
            throw new InvalidInputException(field + ".unitPrice", "is required and cannot be negative");
        }
        Money price;
        try {
            price = Money.of(input.unitPrice(), contract.getCurrency());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field + ".unitPrice", e.getViolations().get(0).message());
        }
        this.discountPercent = Percentages.check(field + ".discountPercent",
                input.discountPercent() == null ? BigDecimal.ZERO : input.discountPercent(), 2);
        this.taxRate = Percentages.check(field + ".taxRate",
                input.taxRate() == null ? BigDecimal.ZERO : input.taxRate(), 4);
        // Each factor fits DECIMAL(19,4), their product need not: refuse now, not when the timer bills it.
        LineAmounts amounts = LineAmounts.of(input.quantity(), price, discountPercent, taxRate);
        if (!Limits.fitsAmount(amounts.subtotal().amount()) || !Limits.fitsAmount(amounts.total().amount())) {
            throw new InvalidInputException(field + ".quantity",
                    "times the unit price comes to 1,000,000,000,000,000 or more");
        }
        this.contract = contract;
        this.position = position;
        this.productId = input.productId();
        this.description = text;
        this.quantity = input.quantity().setScale(4);
        this.unit = Limits.text(field + ".unit", Text.clean(input.unit()), 20);
        this.unitPrice = price.amount();
    }

    /** The invoice line for one period: the description says which period it pays. */
    public LineInput toInvoiceLine(BillingPeriod period) {
        String text = description + " (" + period.start() + " – " + period.end() + ")";
        return new LineInput(productId, text.length() > 500 ? description : text, quantity, unit, unitPrice,
                discountPercent, taxRate);
    }

    public BillingLineInput toInput() {
        return new BillingLineInput(productId, description, getQuantity(), unit, unitPrice,
                contract.getCurrency(), discountPercent, taxRate);
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public Long getProductId() { return productId; }
    public String getDescription() { return description; }
    public BigDecimal getQuantity() { return quantity.stripTrailingZeros().scale() < 0 ? quantity.setScale(0) : quantity.stripTrailingZeros(); }
    public String getUnit() { return unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getDiscountPercent() { return discountPercent; }
    public BigDecimal getTaxRate() { return taxRate; }
}
