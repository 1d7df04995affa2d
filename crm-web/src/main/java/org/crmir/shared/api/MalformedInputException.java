package org.crmir.shared.api;

import java.util.List;
import org.crmir.shared.InvalidInputException;

/**
 * A request body whose values have the wrong JSON type (text where a number belongs, a list where an object
 * does): a 400, not a 422, because the request is not of the resource's shape at all; each field is still named.
 */
public class MalformedInputException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public MalformedInputException(List<Violation> violations) {
        super(violations);
    }
}
