package org.crmir.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.crmir.audit.AuditAction;
import org.crmir.audit.AuditTrail;
import org.crmir.identity.Role;
import org.crmir.shared.Caller;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InputValidation;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Keyset;
import org.crmir.shared.Money;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.Page;
import org.crmir.shared.PageRequest;
import org.crmir.shared.Queries;

/** The catalog of products, services and tax rates. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
public class CatalogService {

    static final String PRODUCT = "Product";

    @Inject
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** A product or service; its SKU must be unused. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE})
    public Product create(String sku, String name, String description, ProductKind kind, String unit, Money price,
            Long taxRateId) {
        Product product = new Product(sku, name, kind == null ? ProductKind.PRODUCT : kind,
                unit == null ? "pc" : unit, price, taxRateId == null ? null : taxRate(taxRateId));
        product.describe(name, description, kind == null ? ProductKind.PRODUCT : kind, unit == null ? "pc" : unit);
        validation.check(product);
        if (!em.createQuery("SELECT p.id FROM Product p WHERE p.sku = :sku", Long.class)
                .setParameter("sku", product.getSku()).getResultList().isEmpty()) {
            throw new InvalidInputException("sku", product.getSku() + " is already used by another product");
        }
        em.persist(product);
        em.flush();
        audit.record(Caller.nameOf(context), PRODUCT, product.getId(), AuditAction.CREATE, Map.of(),
                product.auditSnapshot());
        return product;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE})
    public Product update(long id, long expectedVersion, String name, String description, ProductKind kind,
            String unit, Money price, Long taxRateId, boolean active) {
        Product product = product(id);
        if (product.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Product " + product.getSku());
        }
        Map<String, String> before = product.auditSnapshot();
        product.describe(name, description, kind == null ? product.getKind() : kind,
                unit == null ? product.getUnit() : unit);
        product.reprice(price);
        product.taxWith(taxRateId == null ? null : taxRate(taxRateId));
        if (active) {
            product.activate();
        } else {
            product.deactivate();
        }
        validation.check(product);
        em.flush();
        audit.record(Caller.nameOf(context), PRODUCT, id, AuditAction.UPDATE, before, product.auditSnapshot());
        return product;
    }

    public Product product(long id) {
        Product product = em.find(Product.class, id);
        if (product == null) {
            throw new NotFoundException(PRODUCT, id);
        }
        return product;
    }

    /** Products whose SKU or name starts with {@code text}; only active ones unless asked. Paged, by name. */
    public Page<Product> products(String text, boolean includeInactive, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE p.id IS NOT NULL");
        if (!includeInactive) {
            where.append(" AND p.active = TRUE");
        }
        boolean filtered = text != null && !text.isBlank();
        if (filtered) {
            where.append(" AND (p.sku LIKE :q ESCAPE '!' OR p.name LIKE :q ESCAPE '!')");
        }
        Keyset keyset = Keyset.after(em, Product.class, "p", "name", false, page.afterId());
        TypedQuery<Product> query = em.createQuery("SELECT p FROM Product p LEFT JOIN FETCH p.taxRate" + where
                + keyset.jpql() + " ORDER BY p.name, p.id", Product.class);
        keyset.parameters().forEach(query::setParameter);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Product p" + where, Long.class);
        if (filtered) {
            query.setParameter("q", Queries.startsWith(text));
            count.setParameter("q", Queries.startsWith(text));
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult(), page.offset(), page.limit());
    }

    /** All tax rates; a short list by nature (a handful per country). */
    public List<TaxRate> taxRates() {
        return em.createQuery("SELECT t FROM TaxRate t ORDER BY t.percentage, t.name", TaxRate.class)
                .setMaxResults(200).getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public TaxRate createTaxRate(String name, BigDecimal percentage) {
        TaxRate rate = new TaxRate(name, percentage);
        validation.check(rate);
        em.persist(rate);
        em.flush();
        audit.record(Caller.nameOf(context), "TaxRate", rate.getId(), AuditAction.CREATE, Map.of(),
                Map.of("name", rate.getName(), "percentage", rate.getPercentage().toPlainString()));
        return rate;
    }

    TaxRate taxRate(long id) {
        TaxRate rate = em.find(TaxRate.class, id);
        if (rate == null) {
            throw new InvalidInputException("taxRate", "there is no tax rate " + id);
        }
        if (!rate.isActive()) {
            throw new InvalidInputException("taxRate", rate.getName() + " is retired; choose a current rate");
        }
        return rate;
    }
}
