package org.crmir.audit;

/** One field of a record whose value changed; {@code before} is null on create, {@code after} null on delete. */
public record FieldChange(String field, String before, String after) {
}
