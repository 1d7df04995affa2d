package org.crmir.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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
}
