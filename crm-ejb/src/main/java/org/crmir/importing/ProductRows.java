package org.crmir.importing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crmir.catalog.CatalogService;
import org.crmir.catalog.Product;
import org.crmir.catalog.ProductKind;
import org.crmir.catalog.TaxRate;
import org.crmir.shared.Money;

/**
 * Product rows. A product is a duplicate of one with the same SKU. The price is read in whichever locale the file
 * was written and must fit its currency's decimals; the tax rate is named by its name or its percentage.
 */
@ApplicationScoped
class ProductRows implements RowImporter<ProductRows.Draft> {

    static final String DEFAULT_CURRENCY = "EUR";

    record Draft(Product product, Long taxRateId) {
    }

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    CatalogService catalog;

    @Override
    public ImportKind kind() {
        return ImportKind.PRODUCTS;
    }

    @Override
    public List<Outcome<Draft>> check(List<CsvTable.Row> rows, ColumnMapping mapping) {
        List<TaxRate> rates = catalog.taxRates().stream().filter(TaxRate::isActive).toList();
        List<Outcome<Draft>> read = new ArrayList<>(rows.size());
        for (CsvTable.Row row : rows) {
            read.add(read(new RowReading(mapping, row), rates));
        }
        List<String> skus = read.stream().filter(Outcome::ready).map(o -> o.draft().product().getSku()).toList();
        Map<String, String> stored = new HashMap<>();
        BatchLookup.rows(em, "SELECT p.sku, p.name FROM Product p WHERE p.sku IN :values", skus)
                .forEach(r -> stored.put("SKU " + r[0], (String) r[1]));
        return new Duplicates<Draft>(stored, d -> List.of("SKU " + d.product().getSku())).mark(read, "product");
    }

    private Outcome<Draft> read(RowReading row, List<TaxRate> rates) {
        String kindText = row.text("kind");
        ProductKind kind = ProductKind.PRODUCT;
        if (kindText != null) {
            kind = ImportValues.choice(ProductKind.class, kindText).orElse(null);
            if (kind == null) {
                row.error("kind", "\"" + kindText + "\" is neither Product nor Service");
            }
        }
        String currency = Optional.ofNullable(row.text("currency")).map(c -> c.toUpperCase(Locale.ROOT))
                .orElse(DEFAULT_CURRENCY);
        BigDecimal amount = row.value("unitPrice", text -> ImportValues.amount("unitPrice", text), null);
        if (amount == null && row.text("unitPrice") == null) {
            row.error("unitPrice", "is required");
        }
        Money price = null;
        if (amount != null) {
            try {
                price = Money.of(amount, currency);
            } catch (org.crmir.shared.InvalidInputException refused) {
                refused.getViolations().forEach(v -> row.error("amount".equals(v.field()) ? "unitPrice"
                        : "currency", v.message()));
            }
        }
        TaxRate rate = null;
        String rateText = row.text("taxRate");
        if (rateText != null) {
            rate = rateNamed(rateText, rates);
            if (rate == null) {
                row.error("taxRate", "no active tax rate is called or set at " + rateText
                        + "; add it under Products → Tax rates first");
            }
        }
        if (row.failed() || price == null || kind == null) {
            return new Outcome<>(row.verdict(), null);
        }
        String unit = Optional.ofNullable(row.text("unit")).orElse("pc");
        Product product = new Product(row.text("sku"), row.text("name"), kind, unit, price, rate);
        product.describe(row.text("name"), row.text("description"), kind, unit);
        row.validate(validator, product);
        return new Outcome<>(row.verdict(), row.failed() ? null : new Draft(product,
                rate == null ? null : rate.getId()));
    }

    /** The rate with this name (any case), or with this percentage ("19", "19 %", "7,5"). */
    static TaxRate rateNamed(String text, List<TaxRate> rates) {
        for (TaxRate rate : rates) {
            if (rate.getName().equalsIgnoreCase(text)) {
                return rate;
            }
        }
        String number = text.replace("%", "").strip();
        try {
            BigDecimal percentage = ImportValues.amount("taxRate", number);
            return rates.stream().filter(r -> r.getPercentage().compareTo(percentage) == 0).findFirst().orElse(null);
        } catch (org.crmir.shared.InvalidInputException notANumber) {
            return null;
        }
    }

    @Override
    public void create(Draft draft) {
        Product p = draft.product();
        catalog.create(p.getSku(), p.getName(), p.getDescription(), p.getKind(), p.getUnit(), p.getPrice(),
                draft.taxRateId());
    }
}
