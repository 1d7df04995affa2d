package org.crmir.client.api;

import org.crmir.client.Address;

/** A billing address in JSON. */
public record AddressRepresentation(String street, String city, String postalCode, String region, String country) {

    static AddressRepresentation of(Address address) {
        return address == null ? null : new AddressRepresentation(address.getStreet(), address.getCity(),
                address.getPostalCode(), address.getRegion(), address.getCountry());
    }

    Address toAddress() {
        Address address = new Address();
        address.setStreet(street);
        address.setCity(city);
        address.setPostalCode(postalCode);
        address.setRegion(region);
        address.setCountry(country);
        return address;
    }
}
