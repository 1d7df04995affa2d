package org.crmir.client.web;

import java.util.List;
import org.crmir.client.ClientFilter;
import org.crmir.client.ClientService;
import org.crmir.shared.PageRequest;
import org.crmir.shared.web.ChoiceLabel;

/** A client as a list filter's autocomplete shows it, "Name (#id)", and back to its id. */
public final class ClientChoice {

    private ClientChoice() {
    }

    public static String label(String name, Long id) {
        return ChoiceLabel.of(name, id);
    }

    /** The label of the client with {@code id}, as a link names it; "(#id)" when there is no such client. */
    public static String labelOf(ClientService clients, long id) {
        try {
            return label(clients.find(id).getName(), id);
        } catch (org.crmir.shared.NotFoundException e) {
            return "(#" + id + ")";
        }
    }

    public static Long idOf(String label) {
        return ChoiceLabel.idOf(label);
    }

    /** The first clients matching what was typed (as the client search reads it), as "Name (#id)". */
    public static List<String> complete(ClientService clients, String text) {
        return clients.list(ClientFilter.matching(text), PageRequest.first(10)).stream()
                .map(c -> label(c.name(), c.id())).toList();
    }
}
