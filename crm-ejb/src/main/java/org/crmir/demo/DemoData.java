package org.crmir.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.crmir.client.Address;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.client.Contact;
import org.crmir.identity.FirstAdministrator;
import org.crmir.identity.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Fills an empty database with a few dozen clients and their contacts, through the real services so that
 * they are validated and audited like any other. Runs only when {@code CRMIR_DEMO_DATA} is {@code true}.
 */
@Singleton
@Startup
@DependsOn("FirstAdministrator")
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("system")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    private static final List<String> COMPANIES = List.of("Acme Industrial", "Blue Harbor Logistics",
            "Cedar & Stone Architects", "Delta Dental Group", "Evergreen Landscaping", "Falcon Security Systems",
            "Granite Peak Outfitters", "Harbor View Hotels", "Ironclad Fabrication", "Juniper Software",
            "Keystone Accounting", "Lighthouse Media", "Maple Street Bakery", "Northwind Traders",
            "Oakridge Veterinary", "Pinnacle Fitness", "Quarry Lane Brewing", "Riverside Clinic",
            "Summit Solar", "Tidewater Marine", "Union Square Legal", "Vertex Robotics", "Willow Creek Farms",
            "Xenon Lighting", "Yellowstone Tours", "Zephyr Wind Energy", "Atlas Freight", "Beacon Insurance",
            "Copperleaf Interiors", "Driftwood Cafe");
    private static final List<String> PEOPLE = List.of("Maria Garcia", "Liam Murphy", "Aiko Tanaka",
            "Noah Schmidt", "Fatima Khan", "Oliver Dubois");
    private static final List<String> FIRST = List.of("Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace",
            "Hugo", "Isla", "Jonas");
    private static final List<String> LAST = List.of("Berg", "Costa", "Ivanova", "Jensen", "Novak", "Okafor",
            "Rossi", "Silva", "Weber", "Young");
    private static final List<String> SEGMENTS = List.of("Enterprise", "SMB", "Public sector", "Retail");
    private static final List<String> CITIES = List.of("Berlin", "Lisbon", "Dublin", "Vienna", "Austin", "Toronto");
    private static final List<String> COUNTRIES = List.of("DE", "PT", "IE", "AT", "US", "CA");

    @PersistenceContext
    EntityManager em;

    @EJB
    ClientService clients;

    @PostConstruct
    void loadIntoEmptyDatabase() {
        if (!"true".equalsIgnoreCase(System.getenv("CRMIR_DEMO_DATA"))) {
            return;
        }
        long existing = em.createQuery("SELECT COUNT(c) FROM Client c", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        int n = 0;
        for (String name : COMPANIES) {
            Client company = client(ClientKind.COMPANY, name, n);
            long id = clients.create(company, FirstAdministrator.USERNAME).getId();
            for (int k = 0; k < 1 + n % 3; k++) {
                String person = FIRST.get((n + k) % FIRST.size()) + " " + LAST.get((n * 3 + k) % LAST.size());
                Contact contact = new Contact(person, k == 0 ? "Purchasing manager" : "Accounts payable",
                        slug(person) + "@" + slug(name) + ".example", "+1 555 01" + String.format("%02d", n) + k);
                clients.addContact(id, contact);
            }
            n++;
        }
        for (String name : PEOPLE) {
            long id = clients.create(client(ClientKind.PERSON, name, n), FirstAdministrator.USERNAME).getId();
            clients.addContact(id, new Contact(name, null, slug(name) + "@mail.example", null));
            n++;
        }
        LOG.info("Loaded demo data: " + n + " clients with their contacts");
    }

    private static Client client(ClientKind kind, String name, int n) {
        Client client = new Client(kind, name);
        client.setEmail("hello@" + slug(name) + ".example");
        client.setPhone("+1 555 02" + String.format("%02d", n));
        client.setTaxId(kind == ClientKind.COMPANY ? "TAX-" + (100000 + n * 7919 % 900000) : null);
        int place = n % CITIES.size();
        client.setBillingAddress(new Address(n + " Market Street", CITIES.get(place), String.valueOf(10000 + n),
                null, COUNTRIES.get(place)));
        client.setCurrency(place == 4 ? "USD" : place == 5 ? "CAD" : "EUR");
        client.setPaymentTermsDays(n % 4 == 0 ? 14 : 30);
        client.setSegment(kind == ClientKind.PERSON ? "Private" : SEGMENTS.get(n % SEGMENTS.size()));
        client.setTags(n % 5 == 0 ? Set.of("key-account") : Set.of());
        return client;
    }

    private static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
