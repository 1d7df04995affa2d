package org.crmir.document.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.crmir.catalog.CatalogService;
import org.crmir.catalog.Product;
import org.crmir.shared.PageRequest;

/** Suggests catalog items as "SKU · name · price" while the user types, and finds the chosen one again. */
@Named
@RequestScoped
public class ProductPicker {

    static final String SEPARATOR = " · ";

    @EJB
    private CatalogService catalog;

    public List<String> complete(String typed) {
        return catalog.products(typed, false, PageRequest.first(10)).items().stream()
                .map(p -> p.getSku() + SEPARATOR + p.getName() + SEPARATOR + p.getPrice()).toList();
    }

    Optional<Product> chosen(String suggestion) {
        if (suggestion == null || suggestion.isBlank()) {
            return Optional.empty();
        }
        String sku = suggestion.split(SEPARATOR, 2)[0].strip();
        return catalog.products(sku, false, PageRequest.first(5)).items().stream()
                .filter(p -> p.getSku().equalsIgnoreCase(sku)).findFirst();
    }
}
