package org.crmir.client.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientStatus;
import org.crmir.client.ClientSummary;
import org.crmir.shared.InvalidInputException;

/**
 * A client in JSON, read and written. On write, {@code id}, {@code status} and the timestamps are ignored;
 * {@code version} is required on update and must be the version last read.
 */
public record ClientRepresentation(Long id, ClientKind kind, String name, String email, String phone, String taxId,
        AddressRepresentation billingAddress, String currency, Integer paymentTermsDays, String segment,
        List<String> tags, String owner, ClientStatus status, Instant createdAt, Instant updatedAt, Long version) {

    static ClientRepresentation of(Client c) {
        return new ClientRepresentation(c.getId(), c.getKind(), c.getName(), c.getEmail(), c.getPhone(),
                c.getTaxId(), AddressRepresentation.of(c.getBillingAddress()), c.getCurrency(),
                c.getPaymentTermsDays(), c.getSegment(), List.copyOf(c.getTags()),
                c.getOwner() == null ? null : c.getOwner().getUsername(), c.getStatus(), c.getCreatedAt(),
                c.getUpdatedAt(), c.getVersion());
    }

    static ClientRepresentation of(ClientSummary s) {
        return new ClientRepresentation(s.id(), s.kind(), s.name(), s.email(), s.phone(), null, null, s.currency(),
                null, s.segment(), null, s.ownerName(), s.status(), null, s.updatedAt(), null);
    }

    /** The client this JSON describes, with defaults for what it leaves out. */
    Client toClient() {
        Client client = new Client(kind == null ? ClientKind.COMPANY : kind, name);
        client.setEmail(email);
        client.setPhone(phone);
        client.setTaxId(taxId);
        if (billingAddress != null) {
            client.setBillingAddress(billingAddress.toAddress());
        }
        if (currency != null) {
            client.setCurrency(currency);
        }
        if (paymentTermsDays != null) {
            client.setPaymentTermsDays(paymentTermsDays);
        }
        client.setSegment(segment);
        client.setTags(tags == null ? Set.of() : new java.util.LinkedHashSet<>(tags));
        return client;
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidInputException("version", "is required: send the version you last read");
        }
        return version;
    }
}
