package org.crmir.financereport;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** Who gets a schedule's outputs: a CRMir user (mailed at the account's e-mail when it fires) or an address. */
@Embeddable
public class ScheduleRecipient implements Serializable {

    public enum Kind { USER, ADDRESS }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(name = "recipient", nullable = false, length = 254)
    private String value;

    protected ScheduleRecipient() {
    }

    public ScheduleRecipient(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    public static ScheduleRecipient user(String username) { return new ScheduleRecipient(Kind.USER, username); }
    public static ScheduleRecipient address(String address) { return new ScheduleRecipient(Kind.ADDRESS, address); }

    public Kind getKind() { return kind; }
    public String getValue() { return value; }
    public boolean isUser() { return kind == Kind.USER; }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScheduleRecipient r && r.kind == kind && Objects.equals(r.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    @Override
    public String toString() {
        return value;
    }
}
