package org.crmir.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmir.client.Client;
import org.crmir.client.Contact;
import org.crmir.communication.AttachmentData;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Interaction;
import org.crmir.communication.OutgoingEmail;
import org.crmir.identity.Role;
import org.crmir.settings.CompanySettings;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * Sends quotes, invoices, credit notes, contracts and receipts to the client: the PDF attached to an e-mail that
 * goes through the communication pipeline, so it is queued in the caller's transaction (it leaves if and only if
 * the caller commits), retried, and recorded in the client's history against the document. The features decide
 * what is sent and when; this decides to whom and how.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES, Role.Names.FINANCE, Role.Names.SUPPORT})
public class DocumentSender {

    /** What a user reads when a document cannot be sent for want of an address. */
    public static final String ADD_AN_ADDRESS = ": add one to the client or to a contact, then send again";

    private static final String PDF = "application/pdf";

    @Inject
    EntityManager em;

    @EJB
    CommunicationService communication;

    /** The client's billing contact, else the client itself; empty when neither has an e-mail address. */
    public Optional<Recipient> recipient(long clientId) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("Client", clientId);
        }
        Contact billing = em.createQuery("SELECT k FROM Contact k WHERE k.client = :client AND k.email IS NOT NULL"
                        + " ORDER BY k.primary DESC, k.id", Contact.class)
                .setParameter("client", client).setMaxResults(1).getResultStream().findFirst().orElse(null);
        String email = billing != null ? billing.getEmail() : client.getEmail();
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(clientId, client.getName(), billing == null ? null : billing.getId(),
                billing != null ? billing.getName() : client.getName(), email));
    }

    /**
     * The recipient, or refused with "Client <name> has no email address" and {@code advice}, for a document
     * that must reach the client.
     */
    public Recipient requireRecipient(long clientId, String advice) {
        return recipient(clientId).orElseThrow(() -> new RuleViolationException("Client "
                + em.find(Client.class, clientId).getName() + " has no email address" + advice));
    }

    /** Queues the document's e-mail with its PDF attached; the message as recorded in the history. */
    public Interaction send(DocumentToSend document) {
        Recipient to = document.to();
        List<AttachmentData> attachments = List.of(new AttachmentData(document.pdf().fileName(), PDF,
                document.pdf().content()));
        if (document.template() == null) {
            return communication.sendEmail(new OutgoingEmail(to.clientId(), to.contactId(), to.email(),
                    document.subject(), document.body(), attachments, document.relatedType(),
                    document.relatedId()));
        }
        Map<String, String> values = new HashMap<>(document.values());
        values.put("contactName", to.name());
        values.put("clientName", to.clientName());
        values.put("companyName", companyName());
        values.put("documentTitle", document.title());
        return communication.sendFromTemplate(document.template(), to.clientId(), to.contactId(), to.email(),
                values, attachments, document.relatedType(), document.relatedId());
    }

    /** The name documents are sent in: the company's, from the settings. */
    public String companyName() {
        return em.find(CompanySettings.class, CompanySettings.THE_ONLY_ID).getCompanyName();
    }
}
