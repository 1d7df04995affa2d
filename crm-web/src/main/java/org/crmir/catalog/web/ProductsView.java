package org.crmir.catalog.web;

import org.crmir.shared.web.ListExport;
import java.util.Arrays;
import java.io.IOException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.crmir.catalog.CatalogService;
import org.crmir.catalog.Product;
import org.crmir.catalog.ProductKind;
import org.crmir.catalog.TaxRate;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.Labels;
import org.crmir.shared.web.LocalNumbers;
import org.primefaces.PrimeFaces;

/**
 * The catalog page: products and services searched by SKU or name, created and edited in a dialog by sales,
 * finance and administrators; below them the tax rates, which finance and administrators add.
 */
@Named
@ViewScoped
public class ProductsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CatalogService catalog;

    private String search;
    private boolean includeInactive;
    private PagedModel<Product> model;
    private List<TaxRate> rates;

    // the dialog's fields
    private Long editingId;
    private long editingVersion;
    private String sku;
    private String name;
    private String description;
    private ProductKind kind;
    private String unit;
    private BigDecimal unitPrice;
    private String currency;
    private Long taxRateId;
    private boolean active;

    // the new tax rate's fields
    private String rateName;
    private BigDecimal ratePercentage;

    @PostConstruct
    void init() {
        model = PagedModel.ofPages(page -> catalog.products(search, includeInactive, page), Product::getId);
        rates = catalog.taxRates();
    }

    /** The products the list shows (search and inactive switch), as CSV or Excel. */
    public void export(String format) throws IOException {
        String text = search;
        boolean inactive = includeInactive;
        ListExport.send(format, "products", List.of("SKU", "Name", "Kind", "Unit", "Currency", "Price", "Tax rate",
                "Active"), page -> catalog.products(text, inactive, page).items(), p -> Arrays.asList(p.getSku(),
                        p.getName(), p.getKind(), p.getUnit(), p.getCurrency(), p.getPrice().amount(),
                        p.getTaxRate() == null ? null : p.getTaxRate().getName(), p.isActive()), Product::getId);
    }

    public void startNew() {
        editingId = null;
        sku = null;
        name = null;
        description = null;
        kind = ProductKind.PRODUCT;
        unit = "pc";
        unitPrice = null;
        // the currency stays that of the product last opened here (at first the list's first): entering several
        // products in one currency needs no choosing
        taxRateId = null;
        active = true;
    }

    public void startEdit(Product product) {
        editingId = product.getId();
        editingVersion = product.getVersion();
        sku = product.getSku();
        name = product.getName();
        description = product.getDescription();
        kind = product.getKind();
        unit = product.getUnit();
        unitPrice = product.getPrice().amount();
        currency = product.getCurrency();
        taxRateId = product.getTaxRate() == null ? null : product.getTaxRate().getId();
        active = product.isActive();
    }

    public void save() {
        try {
            Money price = price();
            if (editingId == null) {
                Product created = catalog.create(sku, name, description, kind, unit, price, taxRateId);
                Messages.info("Product " + created.getSku() + " created.");
            } else {
                catalog.update(editingId, editingVersion, name, description, kind, unit, price, taxRateId, active);
                Messages.info("Product " + sku + " saved.");
            }
            PrimeFaces.current().executeScript("PF('productDialog').hide()");
        } catch (InvalidInputException e) {
            Messages.invalid(skuSpelledOut(e));
        } catch (ConcurrentChangeException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    /** The price as the user typed it; a price with more decimals than its currency is refused, on its field. */
    private Money price() {
        if (unitPrice == null) {
            throw new InvalidInputException("unitPrice", "enter a price, 0 for something given away");
        }
        try {
            return Money.of(unitPrice, currency == null ? null : currency.strip().toUpperCase(Locale.ROOT));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("amount".equals(e.getField()) ? "unitPrice" : e.getField(),
                    e.getViolations().get(0).message());
        }
    }

    /** "SKU: …", not "Sku: …". */
    private static InvalidInputException skuSpelledOut(InvalidInputException invalid) {
        return new InvalidInputException(invalid.getViolations().stream()
                .map(v -> "sku".equals(v.field()) ? new InvalidInputException.Violation(null, "SKU: " + v.message()) : v)
                .toList());
    }

    public void addTaxRate() {
        try {
            TaxRate rate = catalog.createTaxRate(rateName, ratePercentage);
            rates = catalog.taxRates();
            Messages.info("Tax rate " + rate.getName() + " added.");
            rateName = null;
            ratePercentage = null;
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        }
    }

    /** The rates a product may get: the active ones, and the one it has now even if that was retired. */
    public List<TaxRate> getRateChoices() {
        return rates.stream().filter(r -> r.isActive() || r.getId().equals(taxRateId)).toList();
    }

    /** "Standard 19 %", or "VAT (19 %)" when the name does not say the percentage itself. */
    public String rateLabel(TaxRate rate) {
        if (rate == null) {
            return null;
        }
        String percent = percent(rate.getPercentage());
        String name = rate.getName();
        return name.replaceAll("\\s", "").contains(percent.replaceAll("\\s", "")) ? name : name + " (" + percent + ")";
    }

    /** "19%", "7.5%" (in German "19 %", "7,5 %"): without the trailing zeros the column keeps. */
    public String percent(BigDecimal value) {
        return value == null ? null : LocalNumbers.percent(value, Labels.viewLocale());
    }

    public ProductKind[] getKinds() { return ProductKind.values(); }
    public PagedModel<Product> getModel() { return model; }
    public List<TaxRate> getRates() { return rates; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public boolean isIncludeInactive() { return includeInactive; }
    public void setIncludeInactive(boolean includeInactive) { this.includeInactive = includeInactive; }
    public Long getEditingId() { return editingId; }
    public String getSku() { return sku; }
    public void setSku(String sku) { this.sku = sku; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public ProductKind getKind() { return kind; }
    public void setKind(ProductKind kind) { this.kind = kind; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public Long getTaxRateId() { return taxRateId; }
    public void setTaxRateId(Long taxRateId) { this.taxRateId = taxRateId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getRateName() { return rateName; }
    public void setRateName(String rateName) { this.rateName = rateName; }
    public BigDecimal getRatePercentage() { return ratePercentage; }
    public void setRatePercentage(BigDecimal ratePercentage) { this.ratePercentage = ratePercentage; }
}
