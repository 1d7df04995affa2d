package org.crmir.report;

import java.util.StringJoiner;
import org.crmir.client.Client;
import org.crmir.settings.CompanySettings;

/** The blocks at the head of every document (seller and client), worded once for all the PDFs. */
public final class Letterhead {

    private Letterhead() {
    }

    /** The seller: name, address, tax id, e-mail and phone. */
    public static String company(CompanySettings c) {
        return join("\n", companyAddress(c), c.getEmail(), c.getPhone());
    }

    /** The seller without its e-mail and phone, as a contract names the party. */
    public static String companyAddress(CompanySettings c) {
        return join("\n", c.getCompanyName(), c.getAddress(), c.getTaxId() == null ? null : "Tax id: " + c.getTaxId());
    }

    /** The client: name, billing address and tax id. */
    public static String client(Client c) {
        return join("\n", c.getName(), c.getBillingAddress().toString(),
                c.getTaxId() == null ? null : "Tax id: " + c.getTaxId());
    }

    /** The parts that have text, with {@code separator} between them. */
    public static String join(String separator, String... parts) {
        StringJoiner joined = new StringJoiner(separator);
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.add(part);
            }
        }
        return joined.toString();
    }
}
