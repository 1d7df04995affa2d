package org.crmir.communication.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmir.client.Contact;
import org.crmir.client.web.ClientView;
import org.crmir.communication.SmsRules;
import org.crmir.communication.SmsService;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.UserActions;
import org.primefaces.PrimeFaces;

/** The client page's "Send SMS": to the primary contact's phone (or the client's), through the SMS gateway. */
@Named
@ViewScoped
public class ClientSmsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SmsService sms;

    @Inject
    private ClientView client;

    private Boolean available;
    private String to;
    private String text;

    /** Whether this server can send SMS (asked once per page). */
    public boolean isAvailable() {
        if (available == null) {
            available = sms.isAvailable();
        }
        return available;
    }

    public void start() {
        text = null;
        to = client.getClient() == null ? null : client.getClient().getPhone();
        var contacts = client.getContacts();
        if (contacts != null) {
            List<Contact> first = contacts.load(0, 1, java.util.Map.of(), java.util.Map.of());
            if (!first.isEmpty() && first.get(0).isPrimary() && first.get(0).getPhone() != null) {
                to = first.get(0).getPhone();
            }
        }
    }

    public void send() {
        UserActions.attempt(() -> {
            var sent = sms.send(new SmsService.NewSms(client.getId(), null, to, text, null, null));
            Messages.info("SMS to " + sent.getRecipient() + " queued; its status updates here as it is sent.");
            PrimeFaces.current().executeScript("PF('smsDialog').hide()");
            // The timeline only on success: its messages box would repeat the dialog's refusal.
            PrimeFaces.current().ajax().update("timeline");
        }, "Your role may not send SMS.");
    }

    public int getMaxText() { return SmsRules.MAX_TEXT; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
