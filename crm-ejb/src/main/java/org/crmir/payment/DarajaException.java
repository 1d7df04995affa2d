package org.crmir.payment;

/**
 * Daraja said no, or could not be reached. {@link #isDefinite()} tells the two apart: a definite refusal (an
 * {@code errorCode} with a 4xx answer, a wrong request) will not change on a retry; anything else (no answer, a
 * timeout, a 5xx such as "the transaction is being processed") may.
 */
public class DarajaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean definite;

    public DarajaException(String message, boolean definite, Throwable cause) {
        super(message, cause);
        this.definite = definite;
    }

    public boolean isDefinite() {
        return definite;
    }
}
