package org.crmir.client.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Currency;
import java.util.List;

/** The ISO currencies users can choose from, common ones first. */
@Named
@ApplicationScoped
public class Currencies {

    private static final List<String> COMMON = List.of("EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK",
            "NOK", "DKK", "PLN", "CZK");

    private final List<String> codes = java.util.stream.Stream.concat(COMMON.stream(),
            Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted()
                    .filter(code -> !COMMON.contains(code))).toList();

    public List<String> getCodes() {
        return codes;
    }
}
