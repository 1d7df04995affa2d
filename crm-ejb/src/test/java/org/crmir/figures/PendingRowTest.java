package org.crmir.figures;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** A pending change is read back as it was written: the fold must add it to the very row it came from. */
class PendingRowTest {

    @Property
    void aKeyReadsBackAsWrittenTypesIncluded(@ForAll("keys") List<Object> key) {
        List<Object> back = PendingRow.decodeKey(PendingRow.encodeKey(key));
        assertEquals(key, back);
        for (int i = 0; i < key.size(); i++) {
            assertEquals(key.get(i) == null ? null : key.get(i).getClass(), back.get(i) == null ? null
                    : back.get(i).getClass(), "the kind of value " + i);
        }
    }

    @Property
    void measuresReadBackAsWritten(@ForAll("measures") BigDecimal[] measures) {
        assertArrayEquals(measures, PendingRow.decodeMeasures(PendingRow.encodeMeasures(measures)));
    }

    @Example
    void aSegmentNameWithTheEncodingsOwnCharactersSurvives() {
        List<Object> key = Arrays.asList("EUR", null, 7L, "s3:n:l1:", LocalDate.of(2026, 12, 4), "", null);
        assertEquals(key, PendingRow.decodeKey(PendingRow.encodeKey(key)));
    }

    @Example
    void aValueOfAnotherKindIsRefusedRatherThanWrittenAsText() {
        assertThrows(IllegalArgumentException.class, () -> PendingRow.encodeKey(List.of(Boolean.TRUE)));
    }

    @Provide
    Arbitrary<List<Object>> keys() {
        Arbitrary<Object> value = Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.strings().ofMaxLength(40).map(Object.class::cast),
                Arbitraries.integers().between(-5000, 5000).map(days -> (Object) LocalDate.of(2026, 1, 1).plusDays(days)),
                Arbitraries.bigDecimals().ofScale(4).map(Object.class::cast));
        return value.list().ofMaxSize(8).map(ArrayList::new);
    }

    @Provide
    Arbitrary<BigDecimal[]> measures() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-999999999999999.9999"),
                new BigDecimal("999999999999999.9999")).ofScale(4).array(BigDecimal[].class).ofMinSize(1).ofMaxSize(6);
    }
}
