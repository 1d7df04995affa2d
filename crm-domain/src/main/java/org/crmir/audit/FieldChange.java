package org.crmir.audit;

import java.io.Serializable;

/** One field of a record whose value changed; {@code before} is null on create, {@code after} null on delete. */
public record FieldChange(String field, String before, String after) implements Serializable {
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
