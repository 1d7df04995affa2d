package org.crmir.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.crmir.demo.DemoClients.DemoClient;
import org.crmir.demo.SalesStory.Ref;
import org.crmir.invoice.Invoice;
import org.crmir.invoice.InvoiceService;
import org.crmir.payment.PaymentMethod;
import org.crmir.payment.PaymentService;
import org.crmir.shared.Money;

/**
 * What happens to an issued invoice: most are paid in full around their due date (some early, some late), some in
 * two parts, a few get a credit note first, a few are voided, a few never paid (they age), and now and then a
 * client pays too much and keeps the rest as credit (once partly refunded). Kenyan clients pay by M-Pesa, the
 * others mostly by bank transfer or card.
 */
final class PaymentStory {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private final InvoiceService invoices;
    private final PaymentService payments;
    private final DemoActors actors;
    private boolean refundPlanned;

    /** One per load: it remembers whether the load's one refund is planned yet. Finance does all of it. */
    PaymentStory(InvoiceService invoices, PaymentService payments, DemoActors actors) {
        this.invoices = invoices;
        this.payments = payments;
        this.actors = actors;
    }

    /** Plans what becomes of the invoice {@code invoice} will hold once issued on {@code issued}. */
    void plan(Timeline timeline, DemoClient client, Ref invoice, LocalDate issued, Random random) {
        double fate = random.nextDouble();
        LocalDate due = issued.plusDays(client.termsDays());
        LocalDate paid = SalesStory.weekday(due.plusDays(-8 + random.nextInt(30)));
        if (!paid.isAfter(issued)) {
            paid = issued.plusDays(1);
        }
        PaymentMethod method = method(client, random);
        String reference = reference(method, random);
        int hour = 9 + random.nextInt(8);
        int minute = random.nextInt(60);
        double part = 0.4 + random.nextInt(4) / 10.0;
        LocalDate later = paid.plusDays(20 + random.nextInt(40));
        String laterReference = reference(method, random);
        if (fate < 0.03) {
            timeline.at(issued.plusDays(1 + random.nextInt(3)), 10, minute, "void invoice",
                    () -> actors.finance(() -> invoices.voidInvoice(invoice.id)));
            return;
        }
        if (fate < 0.08) {
            timeline.at(issued.plusDays(4 + random.nextInt(6)), 15, minute, "credit note", () -> actors.finance(
                    () -> invoices.credit(invoice.id, share(invoices.find(invoice.id).getTotal(), 0.1),
                            "Discount agreed for the late delivery")));
        }
        if (fate >= 0.08 && fate < 0.16) {
            // a first part before the due date, the rest weeks after it
            LocalDate first = issued.plusDays(1 + client.termsDays() / 2);
            timeline.at(first, hour, minute, "part payment", () -> pay(invoice, part, method, reference, false));
            timeline.at(SalesStory.weekday(later), hour, minute, "rest of the payment",
                    () -> pay(invoice, 1.0, method, laterReference, false));
        } else if (fate >= 0.16 && fate < 0.2) {
            return; // never paid: it ages in the receivables
        } else {
            boolean overpay = fate >= 0.2 && fate < 0.23;
            Ref payment = new Ref();
            timeline.at(paid, hour, minute, overpay ? "payment of too much" : "payment",
                    () -> payment.id = pay(invoice, 1.0, method, reference, overpay));
            if (overpay && !refundPlanned) {
                refundPlanned = true;
                timeline.at(paid.plusDays(12), 11, 5, "refund of part of the credit", () -> actors.finance(() -> {
                    if (payment.id != null) {
                        payments.refund(payment.id, share(payments.find(payment.id).getUnallocated(), 0.5),
                                "Part of the overpayment sent back at the client's request");
                    }
                }));
            }
        }
    }

    /** A first half paid on {@code day}, the rest still due (the invoice stays partly paid until its due date). */
    void planHalf(Timeline timeline, DemoClient client, Ref invoice, LocalDate day, Random random) {
        PaymentMethod method = method(client, random);
        String reference = reference(method, random);
        timeline.at(day, 10, 30, "part payment", () -> pay(invoice, 0.5, method, reference, false));
    }

    /** Pays {@code share} of what the invoice still owes (all of it at 1.0), plus a round sum when overpaying. */
    private Long pay(Ref invoice, double share, PaymentMethod method, String reference, boolean overpay) {
        return actors.as(DemoCast.FINANCE, () -> payOpen(invoice, share, method, reference, overpay));
    }

    private Long payOpen(Ref invoice, double share, PaymentMethod method, String reference, boolean overpay) {
        Invoice open = invoices.find(invoice.id);
        if (!open.getStatus().isOpen() || open.getBalance().isZero()) {
            return null;
        }
        Money amount = share >= 1.0 ? open.getBalance() : share(open.getBalance(), share);
        if (overpay) {
            amount = amount.plus(Money.of(BigDecimal.valueOf("KES".equals(amount.currency()) ? 5000 : 100),
                    amount.currency()));
        }
        return payments.recordForInvoice(invoice.id, amount, method, reference, null).getId();
    }

    private static Money share(Money whole, double share) {
        return Money.rounded(whole.amount().multiply(BigDecimal.valueOf(share)), whole.currency());
    }

    private static PaymentMethod method(DemoClient client, Random random) {
        if ("KES".equals(client.currency())) {
            return random.nextInt(6) == 0 ? PaymentMethod.BANK_TRANSFER : PaymentMethod.MOBILE_MONEY;
        }
        int dice = random.nextInt(20);
        return dice < 12 ? PaymentMethod.BANK_TRANSFER : dice < 18 ? PaymentMethod.CARD
                : dice < 19 ? PaymentMethod.CHEQUE : PaymentMethod.CASH;
    }

    /** What the bank statement, card terminal or M-Pesa message says. */
    static String reference(PaymentMethod method, Random random) {
        return switch (method) {
            case MOBILE_MONEY -> code(random, 10);
            case CARD -> "Card ending " + (1000 + random.nextInt(9000));
            case CHEQUE -> "Cheque no. " + (100000 + random.nextInt(900000));
            case CASH -> "Cash at the office";
            case BANK_TRANSFER -> "Transfer " + code(random, 8);
        };
    }

    private static String code(Random random, int length) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < length; i++) {
            code.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return code.toString();
    }
}
