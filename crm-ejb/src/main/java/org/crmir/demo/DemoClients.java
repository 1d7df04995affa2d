package org.crmir.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.crmir.client.Address;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.client.Contact;
import org.crmir.identity.FirstAdministrator;
import org.crmir.shared.BusinessClock;

/**
 * The demo's clients with their contacts, registered through the client service on the day each became a client
 * (most in the first weeks of the history, a few later). Each sales person owns a share; a few belong to the
 * administrator. Names carry a tag when the history is loaded again beside an earlier one (tests).
 */
@ApplicationScoped
public class DemoClients {

    private static final List<String> COMPANIES = List.of("Acme Industrial", "Blue Harbor Logistics",
            "Cedar & Stone Architects", "Delta Dental Group", "Evergreen Landscaping", "Falcon Security Systems",
            "Granite Peak Outfitters", "Harbor View Hotels", "Ironclad Fabrication", "Juniper Software",
            "Keystone Accounting", "Lighthouse Media", "Maple Street Bakery", "Northwind Traders",
            "Oakridge Veterinary", "Pinnacle Fitness", "Quarry Lane Brewing", "Riverside Clinic",
            "Summit Solar", "Tidewater Marine", "Union Square Legal", "Vertex Robotics", "Willow Creek Farms",
            "Xenon Lighting", "Yellowstone Tours", "Zephyr Wind Energy", "Atlas Freight", "Beacon Insurance",
            "Copperleaf Interiors", "Driftwood Cafe");
    /** Kenyan companies, billed in shillings and paying by M-Pesa. */
    private static final List<String> KENYAN = List.of("Safari Coffee Exporters", "Lakeside Agritech",
            "Mombasa Freight Forwarders");
    private static final List<String> PEOPLE = List.of("Maria Garcia", "Liam Murphy", "Aiko Tanaka",
            "Noah Schmidt", "Fatima Khan", "Oliver Dubois");
    private static final List<String> FIRST = List.of("Anna", "Ben", "Chloe", "David", "Emma", "Felix", "Grace",
            "Hugo", "Isla", "Jonas");
    private static final List<String> LAST = List.of("Berg", "Costa", "Ivanova", "Jensen", "Novak", "Okafor",
            "Rossi", "Silva", "Weber", "Young");
    private static final List<String> SEGMENTS = List.of("Enterprise", "SMB", "Public sector", "Retail");
    private static final List<String> CITIES = List.of("Berlin", "Lisbon", "Dublin", "Vienna", "Austin", "Toronto");
    private static final List<String> COUNTRIES = List.of("DE", "PT", "IE", "AT", "US", "CA");
    private static final List<String> KENYAN_CITIES = List.of("Nairobi", "Kisumu", "Mombasa");

    @EJB
    ClientService clients;

    @Inject
    BusinessClock clock;

    @Inject
    DemoActors actors;

    /** One client of the demo, as the history needs it. */
    public record DemoClient(long id, String name, String currency, String owner, String email, int termsDays,
            LocalDate since, boolean company) implements Serializable {
    }

    /** Registers every demo client on its first day, from {@code start}; {@code tag} ("" or a word) ends each name. */
    public List<DemoClient> register(LocalDate start, LocalDate today, String tag, Random random) {
        List<DemoClient> made = new ArrayList<>();
        int n = 0;
        int total = COMPANIES.size() + KENYAN.size() + PEOPLE.size();
        for (String company : COMPANIES) {
            made.add(register(ClientKind.COMPANY, company, n, since(n, total, start, today, random), tag));
            n++;
        }
        for (String kenyan : KENYAN) {
            made.add(register(ClientKind.COMPANY, kenyan, n, since(n, total, start, today, random), tag));
            n++;
        }
        for (String person : PEOPLE) {
            made.add(register(ClientKind.PERSON, person, n, since(n, total, start, today, random), tag));
            n++;
        }
        return made;
    }

    /** Two in three clients were there from the first weeks; the others joined one by one since. */
    private static LocalDate since(int n, int total, LocalDate start, LocalDate today, Random random) {
        int firstWeeks = random.nextInt(45);
        if (n % 3 != 2) {
            return start.plusDays(firstWeeks);
        }
        long span = today.toEpochDay() - start.toEpochDay() - 75;
        return start.plusDays(45 + span * n / total + random.nextInt(10));
    }

    private DemoClient register(ClientKind kind, String baseName, int n, LocalDate since, String tag) {
        String name = tag.isEmpty() ? baseName : baseName + " " + tag;
        Client draft = draft(kind, baseName, name, n);
        String owner = n % 8 == 7 ? FirstAdministrator.USERNAME : DemoCast.SALES.get(n % DemoCast.SALES.size());
        long id = clock.at(since.atTime(9, 10 + n % 40).toInstant(ZoneOffset.UTC), () -> actors.as(owner, () -> {
            long clientId = clients.create(draft, owner).getId();
            for (int k = 0; k < (kind == ClientKind.PERSON ? 1 : 1 + n % 3); k++) {
                clients.addContact(clientId, contact(kind, baseName, name, n, k));
            }
            return clientId;
        }));
        return new DemoClient(id, name, draft.getCurrency(), owner, draft.getEmail(), draft.getPaymentTermsDays(),
                since, kind == ClientKind.COMPANY);
    }

    private static Contact contact(ClientKind kind, String baseName, String name, int n, int k) {
        if (kind == ClientKind.PERSON) {
            return new Contact(name, null, slug(baseName) + "@mail.example", null);
        }
        String person = FIRST.get((n + k) % FIRST.size()) + " " + LAST.get((n * 3 + k) % LAST.size());
        return new Contact(person, k == 0 ? "Purchasing manager" : "Accounts payable",
                slug(person) + "@" + slug(baseName) + ".example", "+1 555 01" + String.format("%02d", n) + k);
    }

    private static Client draft(ClientKind kind, String baseName, String name, int n) {
        Client client = new Client(kind, name);
        boolean kenyan = KENYAN.contains(baseName);
        client.setEmail(kind == ClientKind.PERSON ? slug(baseName) + "@mail.example"
                : "hello@" + slug(baseName) + ".example");
        client.setPhone(kenyan ? "+254 712 0" + String.format("%05d", 31000 + n)
                : "+1 555 02" + String.format("%02d", n));
        client.setTaxId(kind == ClientKind.COMPANY ? "TAX-" + (100000 + n * 7919 % 900000) : null);
        int place = n % CITIES.size();
        if (kenyan) {
            int k = KENYAN.indexOf(baseName);
            client.setBillingAddress(new Address(n + " Moi Avenue", KENYAN_CITIES.get(k), String.valueOf(100 + n),
                    null, "KE"));
            client.setCurrency("KES");
        } else {
            client.setBillingAddress(new Address(n + " Market Street", CITIES.get(place), String.valueOf(10000 + n),
                    null, COUNTRIES.get(place)));
            client.setCurrency(place == 4 ? "USD" : place == 5 ? "CAD" : "EUR");
        }
        client.setPaymentTermsDays(n % 4 == 0 ? 14 : 30);
        client.setSegment(kind == ClientKind.PERSON ? "Private" : SEGMENTS.get(n % SEGMENTS.size()));
        client.setTags(n % 5 == 0 ? Set.of("key-account") : Set.of());
        return client;
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
