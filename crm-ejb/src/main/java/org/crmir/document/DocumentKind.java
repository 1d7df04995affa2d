package org.crmir.document;

import java.io.Serializable;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How {@link Drafting} reads one kind of document: its entity class, the name the audit trail files it under, its
 * id, its version (optimistic concurrency) and its audit snapshot.
 */
public record DocumentKind<D>(Class<D> entity, String auditName, Function<D, Long> id, ToLongFunction<D> version,
        Function<D, Map<String, String>> snapshot) implements Serializable {
}
