package org.crmir.audit;

/** One field of a record whose value changed; {@code before} is null on create, {@code after} null on delete. */
public record FieldChange(String field, String before, String after) {
    // Jakarta EL 5 (Jakarta EE 10) reads only JavaBean getters, not record accessors.
    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
