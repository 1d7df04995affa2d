package org.crmir.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.Text;

/**
 * Who agreed to a contract for the client: the signatory and signing date recorded by sales, and the name typed
 * when the client accepted it through its public link, with the time. All empty until then.
 */
@Embeddable
public class Signing {

    @Column(length = 200)
    private String signatory;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by", length = 200)
    private String acceptedBy;

    /** A signing date in the future is refused. */
    void signedBy(String name, LocalDate on, LocalDate today) {
        String who = Text.clean(name);
        if (who != null && who.length() > 200) {
            throw new InvalidInputException("signatory", "has at most 200 characters");
        }
        if (on != null && on.isAfter(today)) {
            throw new InvalidInputException("signedOn", "cannot be in the future");
        }
        this.signatory = who;
        this.signedOn = on;
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

    void accepted(String who, Instant now) {
        this.acceptedBy = who;
        this.acceptedAt = now;
    }

    /** A renewal runs on the same signature; the client's online acceptance belongs to the revision accepted. */
    Signing renewed() {
        Signing next = new Signing();
        next.signatory = signatory;
        next.signedOn = signedOn;
        return next;
    }

    public String getSignatory() { return signatory; }
    public LocalDate getSignedOn() { return signedOn; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public String getAcceptedBy() { return acceptedBy; }
}
