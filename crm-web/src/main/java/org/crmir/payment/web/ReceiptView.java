package org.crmir.payment.web;

import static org.crmir.shared.web.UserActions.attempt;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmir.payment.ReceiptPdfService;
import org.crmir.payment.ReceiptPdfService.ReceiptState;
import org.crmir.payment.ReceiptStatus;
import org.crmir.shared.web.Messages;

/**
 * A payment's receipt where the client and invoice pages list payments: a link to its PDF once it is ready,
 * "Receipt being prepared" while it is made (not a link that opens a page saying so), and why it could not be
 * prepared, with "Prepare again" for those who record payments.
 */
@Named
@RequestScoped
public class ReceiptView {

    @EJB
    ReceiptPdfService receipts;

    // A table evaluates a row's cells more than once per request: each receipt is read once.
    private final Map<Long, Optional<ReceiptState>> read = new HashMap<>();
    // The payments of the page being shown, whose receipts the first row's question reads all at once.
    private final Set<Long> expected = new HashSet<>();

    /** The payments a table is about to show: their receipts are read together, at the first one asked for. */
    public void expect(Collection<Long> paymentIds) {
        expected.addAll(paymentIds);
    }

    /** The receipt of a payment; null for a refund, which has none (its row shows nothing). */
    public ReceiptState of(long paymentId) {
        if (!read.containsKey(paymentId)) {
            expected.add(paymentId);
            expected.removeAll(read.keySet());
            Map<Long, ReceiptState> states = receipts.receiptsOf(Set.copyOf(expected));
            expected.forEach(id -> read.put(id, Optional.ofNullable(states.get(id))));
            expected.clear();
        }
        return read.get(paymentId).orElse(null);
    }

    public boolean ready(long paymentId) {
        return is(paymentId, ReceiptStatus.READY);
    }

    public boolean preparing(long paymentId) {
        return is(paymentId, ReceiptStatus.PREPARING);
    }

    public boolean failed(long paymentId) {
        return is(paymentId, ReceiptStatus.FAILED);
    }

    private boolean is(long paymentId, ReceiptStatus status) {
        ReceiptState state = of(paymentId);
        return state != null && state.status() == status;
    }

    /**
     * True while a form post is decoded and its action run. "Prepare again" must exist then whatever the receipt's
     * state is now: a second click, once it is already being prepared, is then answered (the service refuses it,
     * saying so) instead of being dropped without a word because the button is no longer rendered.
     */
    public boolean answeringAPost() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.isPostback() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE;
    }

    /** A receipt that could not be prepared is prepared again (finance and administrators: the service checks). */
    public void prepareAgain(long paymentId) {
        attempt(() -> {
            ReceiptState state = receipts.retry(paymentId);
            read.put(paymentId, Optional.of(state));
            Messages.info("Receipt " + state.number() + " is being prepared again; it is emailed to the client once"
                    + " it is ready.");
        }, "Only finance and administrators prepare receipts again.");
    }
}
