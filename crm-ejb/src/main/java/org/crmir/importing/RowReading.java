package org.crmir.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Text;

/**
 * Reads one row's cells into a draft and gathers every error on the way, each named by the field's label as the
 * user mapped it ("Email: must be a valid email address"), so that the preview can show them all at once.
 */
final class RowReading {

    private final ImportKind kind;
    private final ColumnMapping mapping;
    private final CsvTable.Row row;
    private final List<String> errors = new ArrayList<>();

    RowReading(ColumnMapping mapping, CsvTable.Row row) {
        this.kind = mapping.kind();
        this.mapping = mapping;
        this.row = row;
    }

    int rowNumber() {
        return row.number();
    }

    /** The trimmed cell mapped to {@code key}; null when empty or not mapped. */
    String text(String key) {
        return Text.clean(row.cell(mapping.columnOf(key)));
    }

    /** Hands the cell to {@code setter}; a refusal from the setter becomes an error of this row. */
    void set(String key, Consumer<String> setter) {
        String text = text(key);
        if (text != null) {
            attempt(key, () -> setter.accept(text));
        }
    }

    /** The cell read by {@code parse}, or {@code absent} when it is empty; null after a refusal (recorded). */
    <T> T value(String key, Function<String, T> parse, T absent) {
        String text = text(key);
        if (text == null) {
            return absent;
        }
        try {
            return parse.apply(text);
        } catch (InvalidInputException refused) {
            refused.getViolations().forEach(v -> error(key, v.message()));
            return null;
        }
    }

    void attempt(String key, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            refused.getViolations().forEach(v -> error(key, v.message()));
        }
    }

    void error(String key, String message) {
        String label = kind.labelOf(key);
        errors.add(message.startsWith(label + " ") ? message : label + ": " + message);
    }

    /** Bean Validation's verdict on the draft, each broken rule named by its field's label. */
    void validate(Validator validator, Object draft) {
        validator.validate(draft).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> error(v.getPropertyPath().toString(), v.getMessage()));
    }

    boolean failed() {
        return !errors.isEmpty();
    }

    RowCheck verdict() {
        return errors.isEmpty() ? RowCheck.ready(row.number())
                : new RowCheck(row.number(), RowStatus.INVALID, String.join("; ", errors));
    }
}
