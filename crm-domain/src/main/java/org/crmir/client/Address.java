package org.crmir.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Objects;
import org.crmir.shared.Text;

/** A postal address; every part is optional so that a client can be saved before its address is known. */
@Embeddable
public class Address implements Serializable {

    @Size(max = 200)
    @Column(name = "billing_street")
    private String street;

    @Size(max = 100)
    @Column(name = "billing_city")
    private String city;

    @Size(max = 20)
    @Column(name = "billing_postal_code")
    private String postalCode;

    @Size(max = 100)
    @Column(name = "billing_region")
    private String region;

    @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code, such as DE or US")
    @Column(name = "billing_country", length = 2)
    private String country;

    public Address() {
    }

    public Address(String street, String city, String postalCode, String region, String country) {
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
        this.region = region;
        this.country = country;
    }

    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = Text.clean(street); }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = Text.clean(city); }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = Text.clean(postalCode); }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = Text.clean(region); }
    public String getCountry() { return country; }
    public void setCountry(String country) {
        String cleaned = Text.clean(country);
        this.country = cleaned == null ? null : cleaned.toUpperCase(java.util.Locale.ROOT);
    }

    /** One line for lists and audit entries. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {street, postalCode, city, region, country}) {
            if (part != null && !part.isBlank()) {
                if (line.length() > 0) {
                    line.append(", ");
                }
                line.append(part);
            }
        }
        return line.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Address that && Objects.equals(toString(), that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
