package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.Text;

/**
 * Who agreed to a contract for the client: the signatory and signing date recorded by sales, and the name typed
 * when the client accepted it through its public link, with the time. A value: a change is a new one, so that
 * the contract can keep "nothing yet" as null (EclipseLink reads an embeddable whose columns are all null as null).
 */
@Embeddable
public class Signing implements Serializable {

    @Column(length = 200)
    private String signatory;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by", length = 200)
    private String acceptedBy;

    /** The same acceptance with this signatory; a signing date in the future is refused. */
    Signing signedBy(String name, LocalDate on, LocalDate today) {
        String who = Text.clean(name);
        if (who != null && who.length() > 200) {
            throw new InvalidInputException("signatory", "has at most 200 characters");
        }
        if (on != null && on.isAfter(today)) {
            throw new InvalidInputException("signedOn", "cannot be in the future");
        }
        Signing next = copy();
        next.signatory = who;
        next.signedOn = on;
        return next;
    }

    /** The name typed on the public link, once; the contract checks beforehand that it may still be accepted. */
    void checkAcceptance(String who) {
        if (who == null || who.length() > 200) {
            throw new InvalidInputException("name", "type your full name to accept (at most 200 characters)");
        }
        if (acceptedAt != null) {
            throw new RuleViolationException("This contract was already accepted by " + acceptedBy);
        }
    }

    Signing accepted(String who, Instant now) {
        Signing next = copy();
        next.acceptedBy = who;
        next.acceptedAt = now;
        return next;
    }

    /** A renewal runs on the same signature; the client's online acceptance belongs to the revision accepted. */
    Signing renewed() {
        Signing next = new Signing();
        next.signatory = signatory;
        next.signedOn = signedOn;
        return next;
    }

    boolean isEmpty() {
        return sameAs(new Signing());
    }

    boolean sameAs(Signing other) {
        return Objects.equals(signatory, other.signatory) && Objects.equals(signedOn, other.signedOn)
                && Objects.equals(acceptedAt, other.acceptedAt) && Objects.equals(acceptedBy, other.acceptedBy);
    }

    private Signing copy() {
        Signing next = renewed();
        next.acceptedAt = acceptedAt;
        next.acceptedBy = acceptedBy;
        return next;
    }

    public String getSignatory() { return signatory; }
    public LocalDate getSignedOn() { return signedOn; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public String getAcceptedBy() { return acceptedBy; }
}
