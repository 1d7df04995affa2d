package org.crmir.client.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmir.client.ClientFilter;
import org.crmir.client.ClientService;
import org.crmir.shared.PageRequest;

/** A client as a list filter's autocomplete shows it, "Name (#id)", and back to its id. */
public final class ClientChoice {

    private static final Pattern ID = Pattern.compile("\\(#(\\d{1,18})\\)\\s*$");

    private ClientChoice() {
    }

    public static String label(String name, Long id) {
        return name + " (#" + id + ")";
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
        if (label == null) {
            return null;
        }
        Matcher m = ID.matcher(label);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    /** The first clients matching what was typed (as the client search reads it), as "Name (#id)". */
    public static List<String> complete(ClientService clients, String text) {
        return clients.list(ClientFilter.matching(text), PageRequest.first(10)).stream()
                .map(c -> label(c.name(), c.id())).toList();
    }
}
