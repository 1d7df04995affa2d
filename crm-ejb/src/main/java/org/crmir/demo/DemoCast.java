package org.crmir.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.crmir.catalog.CatalogService;
import org.crmir.catalog.Product;
import org.crmir.catalog.ProductKind;
import org.crmir.identity.FirstAdministrator;
import org.crmir.identity.NewUser;
import org.crmir.identity.PasswordHasher;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;
import org.crmir.shared.Money;
import org.crmir.shared.PageRequest;

/**
 * Who plays in the demo: three sales people who own most clients (so that "my clients" and "everyone" differ),
 * one finance user, the administrator, and the catalog they sell from. Users and products are made once and found
 * again by name on a later load (the history can be loaded more than once, for new clients, in a test).
 */
@ApplicationScoped
public class DemoCast {

    private static final Logger LOG = Logger.getLogger(DemoCast.class.getName());

    /** Usernames of the sales people, in the order clients are dealt to them. */
    public static final List<String> SALES = List.of("sofia", "marcus", "priya");
    public static final String FINANCE = "daniel";

    private static final List<NewUserSpec> USERS = List.of(
            new NewUserSpec("sofia", "Sofia Lindqvist", Role.SALES),
            new NewUserSpec("marcus", "Marcus Bell", Role.SALES),
            new NewUserSpec("priya", "Priya Nair", Role.SALES),
            new NewUserSpec(FINANCE, "Daniel Okoro", Role.FINANCE));

    private static final List<DemoProduct> CATALOG = List.of(
            new DemoProduct("DEMO-CONS-DAY", "Consulting day", ProductKind.SERVICE, "day", new BigDecimal("950")),
            new DemoProduct("DEMO-WORKSHOP", "On-site workshop", ProductKind.SERVICE, "day", new BigDecimal("1800")),
            new DemoProduct("DEMO-SUPPORT", "Support plan", ProductKind.SERVICE, "month", new BigDecimal("420")),
            new DemoProduct("DEMO-HOSTING", "Managed hosting", ProductKind.SERVICE, "month", new BigDecimal("260")),
            new DemoProduct("DEMO-TRAINING", "Training seat", ProductKind.SERVICE, "seat", new BigDecimal("390")),
            new DemoProduct("DEMO-SENSOR", "Sensor kit", ProductKind.PRODUCT, "pc", new BigDecimal("149")),
            new DemoProduct("DEMO-GATEWAY", "Field gateway", ProductKind.PRODUCT, "pc", new BigDecimal("689")),
            new DemoProduct("DEMO-LICENCE", "Software licence", ProductKind.PRODUCT, "seat", new BigDecimal("89")));

    @EJB
    UserService users;

    @EJB
    CatalogService catalog;

    private record NewUserSpec(String username, String displayName, Role role) {
    }

    /** A product of the demo catalog with its id and its list price in euros. */
    public record DemoProduct(String sku, String name, ProductKind kind, String unit, BigDecimal euros, Long id)
            implements Serializable {

        DemoProduct(String sku, String name, ProductKind kind, String unit, BigDecimal euros) {
            this(sku, name, kind, unit, euros, null);
        }

        DemoProduct withId(long productId) {
            return new DemoProduct(sku, name, kind, unit, euros, productId);
        }
    }

    /**
     * Makes the demo users that do not exist yet. They sign in with the administrator's first password
     * ({@code CRMIR_ADMIN_PASSWORD}, which {@code bin/crmir run} prints), or a random one an administrator can reset.
     */
    public void ensureUsers() {
        String password = System.getenv("CRMIR_ADMIN_PASSWORD");
        boolean usable = password != null && password.length() >= 10;
        for (NewUserSpec spec : USERS) {
            boolean exists = users.activeUsersStartingWith(spec.username(), 10).stream()
                    .anyMatch(u -> u.username().equals(spec.username()));
            if (!exists) {
                users.create(new NewUser(spec.username(), spec.displayName(), spec.username() + "@crmir-demo.example",
                        Set.of(spec.role()), usable ? password : PasswordHasher.randomSecret(12)));
            }
        }
        LOG.info("Demo users " + String.join(", ", SALES) + " (sales) and " + FINANCE + " (finance) sign in with "
                + (usable ? "the password of '" + FirstAdministrator.USERNAME + "'" : "a password an administrator"
                + " sets on the Users page"));
    }

    /** The demo catalog, made where missing. */
    public List<DemoProduct> ensureCatalog() {
        List<DemoProduct> products = new ArrayList<>();
        for (DemoProduct wanted : CATALOG) {
            Product found = catalog.products(wanted.sku(), true, PageRequest.first(5)).items().stream()
                    .filter(p -> p.getSku().equals(wanted.sku())).findFirst().orElse(null);
            if (found == null) {
                found = catalog.create(wanted.sku(), wanted.name(), wanted.name() + " (demo catalog)",
                        wanted.kind(), wanted.unit(), Money.of(wanted.euros(), "EUR"), null);
            }
            products.add(wanted.withId(found.getId()));
        }
        return products;
    }

    /** What one unit costs in a currency, from its euro list price: whole units, as a price list would say. */
    static BigDecimal priceIn(String currency, BigDecimal euros) {
        BigDecimal rate = switch (currency.toUpperCase(Locale.ROOT)) {
            case "USD" -> new BigDecimal("1.1");
            case "CAD" -> new BigDecimal("1.5");
            case "KES" -> new BigDecimal("140");
            default -> BigDecimal.ONE;
        };
        return euros.multiply(rate).setScale(0, java.math.RoundingMode.HALF_UP);
    }
}
