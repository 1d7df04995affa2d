package org.crmir.importing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.identity.UserAccounts;

/**
 * Client rows. A client is a duplicate of one with the same e-mail or tax ID, stored or earlier in the file; a row
 * with neither is a duplicate of a client with the same name, so that importing a file again never doubles it.
 */
@ApplicationScoped
class ClientRows implements RowImporter<ClientRows.Draft> {

    /** A client to make and the username of its owner (null: whoever imports). */
    record Draft(Client client, String owner) {
    }

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    UserAccounts accounts;

    @EJB
    ClientService clients;

    @Override
    public ImportKind kind() {
        return ImportKind.CLIENTS;
    }

    @Override
    public List<Outcome<Draft>> check(List<CsvTable.Row> rows, ColumnMapping mapping) {
        Map<String, Boolean> activeOwners = new HashMap<>();
        List<Outcome<Draft>> read = new ArrayList<>(rows.size());
        for (CsvTable.Row row : rows) {
            read.add(read(new RowReading(mapping, row), activeOwners));
        }
        return new Duplicates<Draft>(keysOfStored(read), ClientRows::keys).mark(read, "client");
    }

    private Outcome<Draft> read(RowReading row, Map<String, Boolean> activeOwners) {
        Client client = new Client();
        row.set("name", client::setName);
        String kindText = row.text("kind");
        if (kindText != null) {
            ImportValues.choice(ClientKind.class, kindText).ifPresentOrElse(client::setKind,
                    () -> row.error("kind", "\"" + kindText + "\" is neither Company nor Person"));
        }
        row.set("email", client::setEmail);
        row.set("phone", client::setPhone);
        row.set("taxId", client::setTaxId);
        client.openAddressForEditing();
        row.set("billingAddress.street", client.getBillingAddress()::setStreet);
        row.set("billingAddress.city", client.getBillingAddress()::setCity);
        row.set("billingAddress.postalCode", client.getBillingAddress()::setPostalCode);
        row.set("billingAddress.region", client.getBillingAddress()::setRegion);
        row.set("billingAddress.country", client.getBillingAddress()::setCountry);
        row.set("currency", client::setCurrency);
        Integer terms = row.value("paymentTermsDays", text -> ImportValues.whole("paymentTermsDays", text, 0, 365),
                client.getPaymentTermsDays());
        if (terms != null) {
            client.setPaymentTermsDays(terms);
        }
        row.set("segment", client::setSegment);
        row.set("tags", text -> client.setTags(Arrays.stream(text.split("[;,|]")).collect(Collectors.toSet())));
        String owner = row.text("owner");
        if (owner != null && !activeOwners.computeIfAbsent(owner, name -> accounts.active(name).isPresent())) {
            row.error("owner", "no active user is called " + owner);
        }
        row.validate(validator, client);
        return new Outcome<>(row.verdict(), row.failed() ? null : new Draft(client, owner));
    }

    /** The keys a client is known by: its e-mail, its tax ID, and its name when it has neither. */
    private static List<String> keys(Draft draft) {
        Client c = draft.client();
        List<String> keys = new ArrayList<>();
        if (c.getEmail() != null) {
            keys.add("e-mail " + c.getEmail());
        }
        if (c.getTaxId() != null) {
            keys.add("tax ID " + c.getTaxId());
        }
        if (keys.isEmpty() && c.getName() != null) {
            keys.add("name " + c.getName().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    /** The stored clients any of the drafts would duplicate, by key, named for the message. */
    private Map<String, String> keysOfStored(List<Outcome<Draft>> read) {
        Set<String> emails = new LinkedHashSet<>();
        Set<String> taxIds = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Outcome<Draft> outcome : read) {
            if (outcome.ready()) {
                Client c = outcome.draft().client();
                addIfPresent(emails, c.getEmail());
                addIfPresent(taxIds, c.getTaxId());
                if (c.getEmail() == null && c.getTaxId() == null) {
                    addIfPresent(names, c.getName());
                }
            }
        }
        Map<String, String> stored = new HashMap<>();
        BatchLookup.rows(em, "SELECT c.email, c.name FROM Client c WHERE c.email IN :values", emails)
                .forEach(r -> stored.put("e-mail " + r[0], (String) r[1]));
        BatchLookup.rows(em, "SELECT c.taxId, c.name FROM Client c WHERE c.taxId IN :values", taxIds)
                .forEach(r -> stored.put("tax ID " + r[0], (String) r[1]));
        BatchLookup.rows(em, "SELECT c.name, c.name FROM Client c WHERE c.name IN :values", names)
                .forEach(r -> stored.put("name " + ((String) r[0]).toLowerCase(Locale.ROOT), (String) r[1]));
        return stored;
    }

    private static void addIfPresent(Set<String> values, String value) {
        if (value != null) {
            values.add(value);
        }
    }

    @Override
    public void create(Draft draft) {
        clients.create(draft.client(), draft.owner());
    }
}
