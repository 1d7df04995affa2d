package org.crmir.communication;

/** Thrown by the dispatcher so that the broker redelivers the message after its delay. */
public class DeliveryDeferredException extends RuntimeException {

    public DeliveryDeferredException(String message, Throwable cause) {
        super(message, cause);
    }
}
