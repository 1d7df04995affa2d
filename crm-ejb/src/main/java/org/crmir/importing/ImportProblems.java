package org.crmir.importing;

import java.util.stream.Collectors;
import org.crmir.shared.InvalidInputException;

/** A service's refusal of a row in the words of the import's fields. */
final class ImportProblems {

    private ImportProblems() {
    }

    static String describe(ImportKind kind, RuntimeException refused) {
        if (refused instanceof InvalidInputException invalid) {
            return invalid.getViolations().stream()
                    .map(v -> v.field() == null ? v.message() : kind.labelOf(v.field()) + ": " + v.message())
                    .collect(Collectors.joining("; "));
        }
        return refused.getMessage();
    }
}
