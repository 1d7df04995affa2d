package org.crmir.importing;

import java.util.List;
import java.util.Optional;
import org.crmir.identity.Role;

/**
 * What a file brings in (headers are recognised in English, German, French and Spanish), the fields it may fill, and who may bring it in: clients by sales and administrators,
 * contacts also by support (who keep them up to date), products also by finance (who keep the prices).
 */
public enum ImportKind {

    CLIENTS(List.of(
            ImportField.required("name", "Name", "client", "company", "client name", "company name", "firma",
                    "firmenname", "unternehmen", "société", "entreprise", "empresa", "nombre"),
            ImportField.optional("kind", "Kind", "type", "client type", "art", "typ"),
            ImportField.optional("email", "Email", "e-mail address", "mail", "courriel", "correo"),
            ImportField.optional("phone", "Phone", "telephone", "phone number", "tel", "telefon", "téléphone",
                    "teléfono"),
            ImportField.optional("taxId", "Tax ID", "vat", "vat number", "vat id", "tax number", "ust-idnr",
                    "ustid", "steuernummer", "numéro de tva", "nif", "cif", "kra pin"),
            ImportField.optional("billingAddress.street", "Street", "address", "street address", "straße",
                    "strasse", "adresse", "dirección"),
            ImportField.optional("billingAddress.city", "City", "town", "stadt", "ort", "ville", "ciudad"),
            ImportField.optional("billingAddress.postalCode", "Postal code", "zip", "zip code", "postcode", "plz",
                    "postleitzahl", "code postal", "código postal"),
            ImportField.optional("billingAddress.region", "Region", "state", "province", "county", "bundesland",
                    "provincia"),
            ImportField.optional("billingAddress.country", "Country", "country code", "land", "pays", "país"),
            ImportField.optional("currency", "Currency", "währung", "devise", "moneda"),
            ImportField.optional("paymentTermsDays", "Payment terms (days)", "payment terms", "terms", "days",
                    "zahlungsziel"),
            ImportField.optional("segment", "Segment", "industry", "branche"),
            ImportField.optional("tags", "Tags", "labels"),
            ImportField.optional("owner", "Owner", "account manager", "sales rep", "betreuer")),
            Role.Names.ADMIN, Role.Names.SALES),

    CONTACTS(List.of(
            ImportField.optional("clientTaxId", "Client tax ID", "company tax id", "company vat"),
            ImportField.optional("clientEmail", "Client email", "company email"),
            ImportField.optional("clientName", "Client name", "client", "company", "company name", "organisation",
                    "organization"),
            ImportField.required("name", "Name", "contact", "contact name", "full name", "person",
                    "ansprechpartner"),
            ImportField.optional("jobTitle", "Job title", "title", "position", "role", "funktion", "fonction"),
            ImportField.optional("email", "Email", "e-mail address", "mail", "contact email"),
            ImportField.optional("phone", "Phone", "telephone", "mobile", "phone number", "contact phone"),
            ImportField.optional("primary", "Primary", "primary contact", "main contact")),
            Role.Names.ADMIN, Role.Names.SALES, Role.Names.SUPPORT),

    PRODUCTS(List.of(
            ImportField.required("sku", "SKU", "code", "item code", "product code", "article number", "reference",
                    "artikelnummer", "référence"),
            ImportField.required("name", "Name", "product", "product name", "item", "service", "bezeichnung",
                    "artikel", "produit", "désignation"),
            ImportField.optional("description", "Description", "details", "beschreibung"),
            ImportField.optional("kind", "Kind", "type"),
            ImportField.optional("unit", "Unit", "uom", "unit of measure", "einheit", "unité"),
            ImportField.required("unitPrice", "Price", "unit price", "price per unit", "list price", "preis",
                    "einzelpreis", "prix", "precio"),
            ImportField.optional("currency", "Currency", "währung", "devise", "moneda"),
            ImportField.optional("taxRate", "Tax rate", "vat rate", "tax", "vat", "mwst", "ust", "tva", "iva")),
            Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE);

    /** How the client of a contact row is found, in this order; at least one must be mapped. */
    public static final List<String> CONTACT_CLIENT_KEYS = List.of("clientTaxId", "clientEmail", "clientName");

    private final List<ImportField> fields;
    private final List<String> roles;

    ImportKind(List<ImportField> fields, String... roles) {
        this.fields = fields;
        this.roles = List.of(roles);
    }

    public List<ImportField> fields() {
        return fields;
    }

    /** The roles that may run this import (the services behind it check them again). */
    public List<String> roles() {
        return roles;
    }

    public Optional<ImportField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The label of {@code key} (a property path), or the path itself when no field has it. */
    public String labelOf(String key) {
        return field(key).map(ImportField::label).orElse(key);
    }
}
