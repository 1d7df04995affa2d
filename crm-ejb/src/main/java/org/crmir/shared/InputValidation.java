package org.crmir.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Runs Bean Validation on what a service is about to store and turns the violations into one
 * {@link InvalidInputException}, so that the caller gets every message at once and nothing is written.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public <T> T check(T candidate) {
        Set<ConstraintViolation<T>> violations = validator.validate(candidate);
        if (!violations.isEmpty()) {
            List<InvalidInputException.Violation> list = violations.stream()
                    .map(v -> new InvalidInputException.Violation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(InvalidInputException.Violation::field))
                    .toList();
            throw new InvalidInputException(list);
        }
        return candidate;
    }
}
