package org.crmir.invoice;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmir.client.Client;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Direction;
import org.crmir.communication.Interaction;
import org.crmir.communication.NewInteraction;
import org.crmir.communication.RelatedDocument;
import org.crmir.communication.SmsService;
import org.crmir.communication.TemplateKind;
import org.crmir.document.DocumentSender;
import org.crmir.document.DocumentToSend;
import org.crmir.document.Recipient;
import org.crmir.identity.Role;
import org.crmir.settings.CompanySettings;
import org.crmir.settings.ReminderSchedule;
import org.crmir.shared.BusinessClock;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Reminds clients of unpaid invoices on the days after the due date an administrator chose (Admin → Settings): an
 * e-mail from the reminder template with the invoice attached and its pay link, and an SMS when switched on. Each
 * reminder is recorded under a unique key (invoice, reminder number) in the transaction that queues its messages,
 * so it goes out once however often the run repeats, on however many nodes. Finance can also remind by hand.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class InvoiceReminders {

    private static final Logger LOG = Logger.getLogger(InvoiceReminders.class.getName());
    private static final int BATCH = 200;
    private static final List<InvoiceStatus> OPEN = List.of(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID,
            InvoiceStatus.OVERDUE);

    @Inject
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext context;

    @EJB
    InvoicePdfService pdfs;

    @EJB
    DocumentSender sender;

    @EJB
    SmsService sms;

    @EJB
    CommunicationService communication;

    /** Sends the reminders due on {@code today}; returns how many invoices were reminded. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(LocalDate today) {
        ReminderSchedule schedule = settings().getReminderSchedule();
        if (schedule.isOff()) {
            return 0;
        }
        InvoiceReminders self = context.getBusinessObject(InvoiceReminders.class);
        int reminded = 0;
        long after = 0;
        List<Long> page;
        do {
            page = self.waiting(after, schedule, today);
            for (Long id : page) {
                try {
                    reminded += self.remind(id, today);
                } catch (EJBException | NotFoundException | RuleViolationException | InvalidInputException e) {
                    LOG.log(Level.WARNING, "Reminder of invoice " + id + " failed; the next run retries it", e);
                }
                after = id;
            }
        } while (page.size() == BATCH);
        return reminded;
    }

    /**
     * Open invoices after {@code afterId} whose first reminder day has come and whose last reminder was not sent:
     * the overdue part of the book, down ix_invoices_status_due.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> waiting(long afterId, ReminderSchedule schedule, LocalDate today) {
        return em.createQuery("SELECT i.id FROM Invoice i WHERE i.status IN :open AND i.dueDate <= :due"
                        + " AND i.id > :after AND NOT EXISTS (SELECT r.id FROM InvoiceReminder r"
                        + " WHERE r.invoiceId = i.id AND r.reminder >= :last) ORDER BY i.id", Long.class)
                .setParameter("open", OPEN).setParameter("due", schedule.firstReminderDueOnOrBefore(today))
                .setParameter("after", afterId).setParameter("last", schedule.count())
                .setMaxResults(BATCH).getResultList();
    }

    /** Sends the invoice's reminder due today unless it was sent, in a transaction of its own; 1 if sent. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(long invoiceId, LocalDate today) {
        Invoice invoice = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null) {
            throw new NotFoundException("Invoice", invoiceId);
        }
        CompanySettings company = settings();
        Integer sentBefore = em.createQuery("SELECT MAX(r.reminder) FROM InvoiceReminder r WHERE r.invoiceId = :id",
                Integer.class).setParameter("id", invoiceId).getSingleResult();
        int due = company.getReminderSchedule().reminderDue(invoice.getDueDate(), today,
                sentBefore == null ? 0 : sentBefore);
        if (!invoice.getStatus().isOpen() || due == 0) {
            return 0;
        }
        InvoiceReminder record = new InvoiceReminder(invoiceId, due, today, clock.now());
        em.persist(record);
        em.flush(); // a concurrent run fails here on the unique key, and sends nothing
        Interaction email = email(invoice, company).orElse(null);
        Interaction text = company.isRemindersBySms() && !clock.isReplaying() && sms.isAvailable()
                ? sms.textClient(invoice.getClientId(), smsText(invoice, company), RelatedDocument.INVOICE,
                        invoiceId).orElse(null)
                : null;
        if (email == null && text == null) {
            communication.record(invoice.getClientId(), new NewInteraction(Channel.NOTE, Direction.OUTBOUND,
                    company.getCompanyName(), em.find(Client.class, invoice.getClientId()).getName(),
                    "Reminder for invoice " + invoice.getNumber() + " not sent",
                    "Invoice " + invoice.getNumber() + " of " + invoice.getBalance() + " is unpaid since "
                            + invoice.getDueDate() + "; no reminder went out because the client has no e-mail"
                            + " address" + (company.isRemindersBySms() ? " and no mobile number." : "."),
                    clock.now(), null, RelatedDocument.INVOICE, invoiceId));
        }
        record.sentAs(email == null ? null : email.getId(), text == null ? null : text.getId());
        return 1;
    }

    /** A reminder now, by e-mail, asked for by a person on the invoice's page. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE, Role.Names.SALES})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Interaction remindNow(long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null) {
            throw new NotFoundException("Invoice", invoiceId);
        }
        if (!invoice.getStatus().isOpen()) {
            throw new RuleViolationException("Invoice " + (invoice.getNumber() == null ? "(draft)"
                    : invoice.getNumber()) + " is not waiting for payment: there is nothing to remind of");
        }
        sender.requireRecipient(invoice.getClientId(), DocumentSender.ADD_AN_ADDRESS);
        return email(invoice, settings()).orElseThrow();
    }

    /** The reminders the schedule sent for an invoice, first first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT, Role.Names.VIEWER})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<InvoiceReminder> sentFor(long invoiceId) {
        return em.createQuery("SELECT r FROM InvoiceReminder r WHERE r.invoiceId = :id ORDER BY r.reminder",
                InvoiceReminder.class).setParameter("id", invoiceId).getResultList();
    }

    private Optional<Interaction> email(Invoice invoice, CompanySettings company) {
        Optional<Recipient> to = sender.recipient(invoice.getClientId());
        if (to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sender.send(DocumentToSend.fromTemplate(to.get(), TemplateKind.REMINDER,
                "invoice " + invoice.getNumber(), Map.of("amount", invoice.getBalance().toString(),
                        "dueDate", String.valueOf(invoice.getDueDate()), "payOnline", PayLinks.emailParagraph(invoice),
                        "senderName", company.getCompanyName()), pdfs.invoicePdf(invoice.getId()),
                RelatedDocument.INVOICE, invoice.getId())));
    }

    private static String smsText(Invoice invoice, CompanySettings company) {
        return "Reminder from " + company.getCompanyName() + ": invoice " + invoice.getNumber() + " of "
                + invoice.getBalance() + " was due on " + invoice.getDueDate() + " and is unpaid."
                + PayLinks.of(invoice).map(link -> " Pay online: " + link).orElse("");
    }

    private CompanySettings settings() {
        return em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID);
    }
}
