package org.crmir.catalog.web;

import java.util.List;
import org.crmir.catalog.CatalogService;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.PageRequest;
import org.crmir.shared.web.ChoiceLabel;

/** A product or service as a list filter's autocomplete shows it, "Name (#id)", and back to its id. */
public final class ProductChoice {

    private ProductChoice() {
    }

    /** The label of the product with {@code id}, as a link names it; "(#id)" when there is no such product. */
    public static String labelOf(CatalogService catalog, long id) {
        try {
            return ChoiceLabel.of(catalog.product(id).getName(), id);
        } catch (NotFoundException e) {
            return "(#" + id + ")";
        }
    }

    /** The first products and services (inactive ones too: old invoices sold them) whose SKU or name starts so. */
    public static List<String> complete(CatalogService catalog, String text) {
        return catalog.products(text, true, PageRequest.first(10)).items().stream()
                .map(p -> ChoiceLabel.of(p.getName(), p.getId())).toList();
    }
}
