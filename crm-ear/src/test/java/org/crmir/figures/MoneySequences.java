package org.crmir.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crmir.invoice.InvoiceService;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentService;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.LineInput;
import org.crmir.shared.Money;
import org.crmir.shared.RuleViolationException;
import org.crmir.support.AsFinance;
import org.crmir.support.AsSales;

/**
 * What the property applies: steps of issuing, paying, refunding, voiding and crediting, on the invoices and
 * payments of one client, through the services as finance would. A step the rules refuse (a refund of more than
 * is left, a void of a paid invoice) is a step that changes nothing; the figures must agree either way.
 */
final class MoneySequences {

    /** The services, in the container; set by the Arquillian test before it launches the property. */
    record Services(InvoiceService invoices, PaymentService payments, AsSales asSales, AsFinance asFinance,
            Callable<List<FigureDifference>> check, Callable<Long> newClient) {
    }

    enum Kind { ISSUE, PAY, PAY_AND_ALLOCATE, REFUND, REFUND_AT_GATEWAY, VOID_PAYMENT, VOID_INVOICE, CREDIT, APPLY_CREDIT }

    /** One step: what, on which earlier invoice or payment (an index, taken modulo how many there are), how much. */
    record Step(Kind kind, int target, int cents) {
        @Override
        public String toString() {
            return kind + "(#" + target + ", " + BigDecimal.valueOf(cents, 2) + ")";
        }
    }

    static final String CURRENCY = "SGD";

    private final Services services;
    private final long clientId;
    private final List<Long> invoices = new ArrayList<>();
    private final List<Long> payments = new ArrayList<>();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    MoneySequences(Services services) throws Exception {
        this.services = services;
        this.clientId = services.newClient().call();
    }

    void apply(Step step) throws Exception {
        Money amount = Money.of(BigDecimal.valueOf(step.cents(), 2), CURRENCY);
        try {
            switch (step.kind()) {
                case ISSUE -> {
                    long id = services.asSales().call(() -> services.invoices().createDraft(clientId,
                            List.of(new LineInput(null, "Step", BigDecimal.ONE, null, amount.amount(), BigDecimal.ZERO,
                                    new BigDecimal("7"))), null, null).getId());
                    services.asFinance().call(() -> services.invoices().issue(id));
                    invoices.add(id);
                }
                case PAY, PAY_AND_ALLOCATE -> payments.add(services.asFinance().call(() -> services.payments()
                        .record(clientId, amount, PaymentMethod.BANK_TRANSFER, null, today,
                                step.kind() == Kind.PAY_AND_ALLOCATE).getId()));
                case REFUND -> onPayment(step, id -> services.payments().refund(id, amount, "Back"));
                case REFUND_AT_GATEWAY -> onPayment(step, id -> services.payments().refundAtGateway(id, amount, "Back"));
                case VOID_PAYMENT -> onPayment(step, id -> services.payments().voidPayment(id));
                case VOID_INVOICE -> onInvoice(step, id -> services.invoices().voidInvoice(id));
                case CREDIT -> onInvoice(step, id -> services.invoices().credit(id, amount, "Step"));
                case APPLY_CREDIT -> onInvoice(step, id -> services.payments().applyCredit(id));
            }
        } catch (InvalidInputException | RuleViolationException refused) {
            // refused by the rules: nothing changed, which the figures must show as well
        }
    }

    List<FigureDifference> differences() throws Exception {
        return services.check().call();
    }

    private interface Action {
        Object on(long id) throws Exception;
    }

    private void onPayment(Step step, Action action) throws Exception {
        if (!payments.isEmpty()) {
            long id = payments.get(step.target() % payments.size());
            services.asFinance().call(() -> action.on(id));
        }
    }

    private void onInvoice(Step step, Action action) throws Exception {
        if (!invoices.isEmpty()) {
            long id = invoices.get(step.target() % invoices.size());
            services.asFinance().call(() -> action.on(id));
        }
    }
}
