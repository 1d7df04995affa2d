package org.crmir.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The importer of each kind. */
@ApplicationScoped
class RowImporters {

    @Inject
    ClientRows clients;

    @Inject
    ContactRows contacts;

    @Inject
    ProductRows products;

    RowImporter<?> of(ImportKind kind) {
        return switch (kind) {
            case CLIENTS -> clients;
            case CONTACTS -> contacts;
            case PRODUCTS -> products;
        };
    }
}
