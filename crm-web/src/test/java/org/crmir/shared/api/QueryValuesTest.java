package org.crmir.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmir.shared.ClientOwner;
import org.crmir.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class QueryValuesTest {

    enum Colour { RED, DARK_BLUE }

    @Test
    void anEnumValueIsReadInAnyCaseAndAbsentOrBlankMeansNoFilter() {
        assertEquals(Colour.DARK_BLUE, QueryValues.oneOf("colour", " dark_Blue ", Colour.class));
        assertNull(QueryValues.oneOf("colour", null, Colour.class));
        assertNull(QueryValues.oneOf("colour", "  ", Colour.class));
    }

    @Test
    void anUnknownEnumValueIsRefusedNamingTheParameterAndListingEveryConstant() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> QueryValues.oneOf("colour", "green", Colour.class));
        assertEquals(List.of(new InvalidInputException.Violation("colour", "must be one of RED, DARK_BLUE")),
                refused.getViolations());
    }

    @Test
    void textIsStrippedAndBlankTextIsNoFilter() {
        assertEquals("ann@example.com", QueryValues.text("  ann@example.com "));
        assertNull(QueryValues.text(" "));
        assertNull(QueryValues.text(null));
    }

    @Test
    void aStatusIsOneConstantInAnyCaseOrTheNameOfAGroupAndBlankIsAny() {
        Map<String, Set<Colour>> groups = Map.of("all", Set.of(Colour.RED, Colour.DARK_BLUE));
        assertEquals(Set.of(Colour.DARK_BLUE), QueryValues.statuses("status", "dark_blue", Colour.class, groups));
        assertEquals(Set.of(Colour.RED, Colour.DARK_BLUE), QueryValues.statuses("status", " ALL ", Colour.class,
                groups));
        assertEquals(Set.of(), QueryValues.statuses("status", "", Colour.class, groups));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> QueryValues.statuses("status", "green", Colour.class, groups));
        assertEquals(List.of(new InvalidInputException.Violation("status", "must be one of all, red, dark_blue")),
                refused.getViolations());
    }

    @Test
    void aCurrencyIsAnIsoCodeInAnyCase() {
        assertEquals("EUR", QueryValues.currency("currency", " eur"));
        assertNull(QueryValues.currency("currency", ""));
        assertThrows(InvalidInputException.class, () -> QueryValues.currency("currency", "EURO"));
        assertThrows(InvalidInputException.class, () -> QueryValues.currency("currency", "XYZ"));
        assertThrows(InvalidInputException.class, () -> QueryValues.currency("currency", "€UR"));
    }

    @Test
    void anOwnerIsMeOrAUserIdAndNothingElse() {
        assertEquals(ClientOwner.ME, QueryValues.owner("owner", "Me"));
        assertEquals(ClientOwner.user(12), QueryValues.owner("owner", "12"));
        assertNull(QueryValues.owner("owner", " "));
        for (String bad : List.of("0", "-3", "bob", "1e3", "99999999999999999999")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> QueryValues.owner("owner", bad), bad);
            assertEquals("owner", refused.getField());
        }
    }

    @Test
    void aClientIsNamedByClientIdOrClientAndBothMustAgree() {
        assertEquals(5L, QueryValues.clientId("5", null));
        assertEquals(5L, QueryValues.clientId(null, "5"));
        assertEquals(5L, QueryValues.clientId("5", "5"));
        assertEquals("client", assertThrows(InvalidInputException.class, () -> QueryValues.clientId("5", "6"))
                .getField());
    }
}
