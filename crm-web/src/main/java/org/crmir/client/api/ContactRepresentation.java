package org.crmir.client.api;

import java.time.Instant;
import org.crmir.client.Contact;
import org.crmir.shared.InvalidInputException;

/** A contact in JSON; {@code version} is required on update. */
public record ContactRepresentation(Long id, String name, String jobTitle, String email, String phone,
        Boolean primary, Instant createdAt, Long version) {

    static ContactRepresentation of(Contact c) {
        return new ContactRepresentation(c.getId(), c.getName(), c.getJobTitle(), c.getEmail(), c.getPhone(),
                c.isPrimary(), c.getCreatedAt(), c.getVersion());
    }

    Contact toContact() {
        Contact contact = new Contact(name, jobTitle, email, phone);
        contact.setPrimary(Boolean.TRUE.equals(primary));
        return contact;
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "is required: send the version you last read");
        }
        return version;
    }
}
