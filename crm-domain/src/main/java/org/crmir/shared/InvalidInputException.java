package org.crmir.shared;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule: a field left empty, a value too long, a code that does not exist. The transaction rolls
 * back and the user sees each message next to the field it names.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    /** One broken rule; {@code field} is null when the input as a whole is wrong. */
    public record Violation(String field, String message) implements Serializable {
    }

    private final List<Violation> violations;

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream()
                .map(v -> v.field() == null ? v.message() : v.field() + ": " + v.message())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> getViolations() {
        return violations;
    }

    /** The field of the first violation, or null. */
    public String getField() {
        return violations.isEmpty() ? null : violations.get(0).field();
    }
}
