package org.crmir.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;

/**
 * Checks that the products document lines refer to exist, so that a quote or invoice never points at a product
 * id nobody can open (the column has no foreign key: an old document keeps its lines if a product goes).
 */
@ApplicationScoped
public class ProductReferences {

    @Inject
    EntityManager em;

    public void check(List<LineInput> lines) {
        if (lines == null) {
            return;
        }
        List<InvalidInputException.Violation> unknown = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Long productId = lines.get(i) == null ? null : lines.get(i).productId();
            if (productId != null && em.find(Product.class, productId) == null) {
                unknown.add(new InvalidInputException.Violation("lines[" + i + "].productId",
                        "there is no product " + productId));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }

    public void check(LineInput line) {
        if (line != null && line.productId() != null && em.find(Product.class, line.productId()) == null) {
            throw new InvalidInputException("productId", "there is no product " + line.productId());
        }
    }
}
