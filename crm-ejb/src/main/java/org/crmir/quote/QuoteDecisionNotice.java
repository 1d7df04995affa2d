package org.crmir.quote;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.crmir.client.Client;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Direction;
import org.crmir.communication.NewInteraction;
import org.crmir.communication.OutgoingEmail;
import org.crmir.communication.RelatedDocument;
import org.crmir.identity.Role;
import org.crmir.identity.UserAccount;
import org.crmir.identity.UserAccounts;
import org.crmir.notification.NotificationService;
import org.crmir.document.PublicLinks;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Tells a quote's owner that the client accepted or declined it behind the public link, in the transaction that
 * records the answer: a note in the client's history (related to the quote), a notification (pushed to the bell)
 * and, when the owner has an email address, an email, as contract reminders do. The client is not signed in, so
 * this runs as the application ({@code @RunAs}); the public token was the client's authority.
 */
@Stateless
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("client")
public class QuoteDecisionNotice {

    @Inject
    EntityManager em;

    @Inject
    UserAccounts accounts;

    @EJB
    CommunicationService communication;

    @EJB
    NotificationService notifications;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void tellOwner(Quote quote) {
        Client client = em.find(Client.class, quote.getClientId());
        String verb = quote.getStatus().name().toLowerCase(java.util.Locale.ROOT);
        String subject = "Quotation " + quote.getNumber() + " " + verb + " by the client";
        String page = "/quote.xhtml?id=" + quote.getId();
        Instant when = quote.getDecidedAt() == null ? Instant.now() : quote.getDecidedAt();
        String body = client.getName() + " " + verb + " quotation " + quote.getNumber() + " (" + quote.getTotal()
                + ") through its public link on " + when.truncatedTo(ChronoUnit.MINUTES).toString()
                        .replace('T', ' ').replace("Z", " UTC") + "."
                + (quote.getStatus() == QuoteStatus.ACCEPTED ? "\n\nNext: convert it into an invoice." : "")
                + PublicLinks.publicUrl().map(base -> "\n\n" + base + page).orElse("");
        communication.record(quote.getClientId(), new NewInteraction(Channel.NOTE, Direction.INBOUND,
                client.getName(), quote.getCreatedBy(), subject, body, when, null, RelatedDocument.QUOTE,
                quote.getId()));
        notifications.notify(quote.getCreatedBy(), client.getName() + " " + verb + " quotation " + quote.getNumber(),
                page);
        UserAccount owner = accounts.byUsername(quote.getCreatedBy()).orElse(null);
        if (owner != null && owner.isActive() && owner.getEmail() != null) {
            communication.sendOnBehalfOf(owner.getUsername(), new OutgoingEmail(quote.getClientId(), null,
                    owner.getEmail(), subject, body, List.of(), RelatedDocument.QUOTE, quote.getId()));
        }
    }
}
