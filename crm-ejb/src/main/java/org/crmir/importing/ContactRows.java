package org.crmir.importing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crmir.client.ClientService;
import org.crmir.client.Contact;

/**
 * Contact rows. Each names its client by tax ID, e-mail or name (the first of these the row fills); a name must
 * belong to one client only. A contact is a duplicate of one of the same client with the same e-mail or, when it
 * has none, the same name.
 */
@ApplicationScoped
class ContactRows implements RowImporter<ContactRows.Draft> {

    /** A contact to add to the client {@code clientId}, called {@code clientName} in messages. */
    record Draft(long clientId, String clientName, Contact contact) {
    }

    private record Found(long id, String name) {
    }

    private static final Map<String, String> NAMED_BY = Map.of("clientTaxId", "tax ID", "clientEmail", "e-mail",
            "clientName", "name");

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @EJB
    ClientService clients;

    @Override
    public ImportKind kind() {
        return ImportKind.CONTACTS;
    }

    @Override
    public List<Outcome<Draft>> check(List<CsvTable.Row> rows, ColumnMapping mapping) {
        Map<String, List<Found>> byKey = clientsNamedIn(rows, mapping);
        List<Outcome<Draft>> read = new ArrayList<>(rows.size());
        for (CsvTable.Row row : rows) {
            read.add(read(new RowReading(mapping, row), byKey));
        }
        return new Duplicates<Draft>(storedKeys(read), ContactRows::keys).mark(read, "contact");
    }

    private Outcome<Draft> read(RowReading row, Map<String, List<Found>> clientsByKey) {
        Found client = client(row, clientsByKey);
        Contact contact = new Contact();
        row.set("name", contact::setName);
        row.set("jobTitle", contact::setJobTitle);
        row.set("email", contact::setEmail);
        row.set("phone", contact::setPhone);
        Boolean primary = row.value("primary", text -> ImportValues.yes("primary", text), false);
        contact.setPrimary(Boolean.TRUE.equals(primary));
        row.validate(validator, contact);
        return new Outcome<>(row.verdict(),
                row.failed() || client == null ? null : new Draft(client.id(), client.name(), contact));
    }

    private static Found client(RowReading row, Map<String, List<Found>> clientsByKey) {
        for (String key : ImportKind.CONTACT_CLIENT_KEYS) {
            String value = row.text(key);
            if (value == null) {
                continue;
            }
            List<Found> found = clientsByKey.getOrDefault(lookupKey(key, value), List.of());
            if (found.size() == 1) {
                return found.get(0);
            }
            row.error(key, found.isEmpty() ? "no client has the " + NAMED_BY.get(key) + " " + value
                    : found.size() + " clients have the " + NAMED_BY.get(key) + " " + value
                            + "; name the client by its tax ID or e-mail instead");
            return null;
        }
        row.error("clientName", "the row names no client: fill in its tax ID, e-mail or name");
        return null;
    }

    private static String lookupKey(String key, String value) {
        return key + ":" + value.toLowerCase(Locale.ROOT);
    }

    /** Every client the rows name, by "field:value", with one batch of queries per way of naming one. */
    private Map<String, List<Found>> clientsNamedIn(List<CsvTable.Row> rows, ColumnMapping mapping) {
        Map<String, List<Found>> found = new HashMap<>();
        Map<String, String> attribute = Map.of("clientTaxId", "taxId", "clientEmail", "email", "clientName", "name");
        for (String key : ImportKind.CONTACT_CLIENT_KEYS) {
            Set<String> values = new LinkedHashSet<>();
            for (CsvTable.Row row : rows) {
                String value = org.crmir.shared.Text.clean(row.cell(mapping.columnOf(key)));
                if (value != null) {
                    values.add(value);
                }
            }
            String jpql = "SELECT c." + attribute.get(key) + ", c.id, c.name FROM Client c WHERE c."
                    + attribute.get(key) + " IN :values";
            for (Object[] r : BatchLookup.rows(em, jpql, values)) {
                found.computeIfAbsent(lookupKey(key, (String) r[0]), k -> new ArrayList<>())
                        .add(new Found((Long) r[1], (String) r[2]));
            }
        }
        return found;
    }

    private static List<String> keys(Draft draft) {
        Contact c = draft.contact();
        String at = " at " + draft.clientName();
        return c.getEmail() != null ? List.of("e-mail " + c.getEmail() + at)
                : List.of("name " + c.getName().toLowerCase(Locale.ROOT) + at);
    }

    private Map<String, String> storedKeys(List<Outcome<Draft>> read) {
        Map<Long, String> clientNames = new HashMap<>();
        read.stream().filter(Outcome::ready).forEach(o -> clientNames.put(o.draft().clientId(),
                o.draft().clientName()));
        Map<String, String> stored = new HashMap<>();
        String jpql = "SELECT k.client.id, k.email, k.name FROM Contact k WHERE k.client.id IN :values";
        for (Object[] r : BatchLookup.rows(em, jpql, clientNames.keySet())) {
            String at = " at " + clientNames.get((Long) r[0]);
            String name = (String) r[2];
            if (r[1] != null) {
                stored.put("e-mail " + r[1] + at, name);
            }
            stored.put("name " + name.toLowerCase(Locale.ROOT) + at, name);
        }
        return stored;
    }

    @Override
    public void create(Draft draft) {
        clients.addContact(draft.clientId(), draft.contact());
    }
}
