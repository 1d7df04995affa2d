package org.crmir.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.crmir.identity.Role;
import org.crmir.payment.GatewayEvent;
import org.crmir.payment.GatewayEventLog;
import org.crmir.payment.GatewayIntake;
import org.crmir.payment.MpesaEventHandler;

/**
 * M-Pesa callbacks of the demo, taken in by the real intake ({@link GatewayIntake}: stored raw and queued for the
 * payment processor, exactly as the callback endpoint does after its secret check).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class DemoGatewayEvents {

    /** The type the callback endpoint gives STK callbacks. */
    static final String STK_CALLBACK = "stk_callback";

    @EJB
    GatewayIntake intake;

    @EJB
    GatewayEventLog log;

    /** A callback the processor handles as it would any other (one that matches no request is rejected). */
    public void receive(String checkoutRequestId, String payload) {
        intake.accept(MpesaEventHandler.GATEWAY, checkoutRequestId, STK_CALLBACK, payload);
    }

    /**
     * A callback whose processing failed every attempt, parked FAILED as the dead-letter watcher parks one: taken
     * in, its failed attempts written down with the processor's bookkeeping, then parked, all before the queued
     * message can reach the processor (it commits with them), which then finds the event no longer pending and
     * leaves it for a person to retry on the reconciliation page.
     */
    public long parked(String checkoutRequestId, String payload, String lastError, int attempts) {
        intake.accept(MpesaEventHandler.GATEWAY, checkoutRequestId, STK_CALLBACK, payload);
        GatewayEvent event = intake.find(MpesaEventHandler.GATEWAY, checkoutRequestId).orElseThrow();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            log.attemptFailed(event.getId(), attempt, lastError);
        }
        log.parked(event.getId());
        return event.getId();
    }
}
