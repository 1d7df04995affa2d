package org.crmir.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.Text;

/**
 * Something CRMir's users sell: a product or a service with its price. Documents copy name, price and tax rate
 * into their lines, so an inactive or re-priced item leaves old documents as they were.
 */
@Entity
@Table(name = "products")
public class Product implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "SKU is required")
    @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "must be 1 to 40 letters, digits, dots, dashes or underscores")
    @Column(nullable = false, length = 40, unique = true)
    private String sku;

    @NotBlank(message = "Name is required")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 2000)
    @Column(length = 2000)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProductKind kind = ProductKind.PRODUCT;

    @NotBlank(message = "Unit is required")
    @Size(max = 20)
    @Column(nullable = false, length = 20)
    private String unit = "pc";

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(nullable = false, length = 3)
    private String currency;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tax_rate_id")
    private TaxRate taxRate;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Product() {
    }

    public Product(String sku, String name, ProductKind kind, String unit, Money unitPrice, TaxRate taxRate) {
        this.sku = sku == null ? null : sku.strip().toUpperCase(Locale.ROOT);
        this.name = Text.clean(name);
        this.kind = kind;
        this.unit = Text.clean(unit);
        reprice(unitPrice);
        this.taxRate = taxRate;
    }

    /** A price is never negative and never has more decimals than its currency. */
    public void reprice(Money price) {
        if (price.isNegative()) {
            throw new InvalidInputException("unitPrice", "cannot be negative");
        }
        this.unitPrice = price.amount();
        this.currency = price.currency();
    }

    public void describe(String newName, String newDescription, ProductKind newKind, String newUnit) {
        this.name = Text.clean(newName);
        this.description = Text.clean(newDescription);
        this.kind = newKind;
        this.unit = Text.clean(newUnit);
    }

    public void taxWith(TaxRate rate) { this.taxRate = rate; }
    public void deactivate() { this.active = false; }
    public void activate() { this.active = true; }

    public Money getPrice() {
        return Money.of(unitPrice, currency);
    }

    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("sku", sku);
        fields.put("name", name);
        fields.put("description", description);
        fields.put("kind", kind.name());
        fields.put("unit", unit);
        fields.put("price", getPrice().toString());
        fields.put("taxRate", taxRate == null ? null : taxRate.getName());
        fields.put("active", Boolean.toString(active));
        return fields;
    }

    public Long getId() { return id; }
    public String getSku() { return sku; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public ProductKind getKind() { return kind; }
    public String getUnit() { return unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public String getCurrency() { return currency; }
    public TaxRate getTaxRate() { return taxRate; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
