package org.crmir.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.crmir.shared.Percentages;
import org.crmir.shared.Text;

/** A named tax rate, such as "VAT standard 19 %". Documents copy the percentage, so changing it later is safe. */
@Entity
@Table(name = "tax_rates")
public class TaxRate implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Name is required")
    @Size(max = 80)
    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, precision = 7, scale = 4)
    private BigDecimal percentage;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected TaxRate() {
    }

    public TaxRate(String name, BigDecimal percentage) {
        this.name = Text.clean(name);
        this.percentage = Percentages.check("percentage", percentage, 4);
    }

    public void rename(String newName) { this.name = Text.clean(newName); }
    public void deactivate() { this.active = false; }
    public void activate() { this.active = true; }

    public Long getId() { return id; }
    public String getName() { return name; }
    public BigDecimal getPercentage() { return percentage; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
