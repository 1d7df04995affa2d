package org.crmir.calendar.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.document.PublicLinks;
import org.crmir.identity.CalendarFeedService;
import org.crmir.identity.CalendarLink;
import org.crmir.identity.Role;
import org.crmir.identity.UserService;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;

/**
 * The calendar part of the profile page: the user's secret link to their dates, made, replaced or turned off. The
 * link is shown once, when made (only its hash is kept), and built from CRMIR_PUBLIC_URL, the address calendar
 * apps reach CRMir at.
 */
@Named
@ViewScoped
public class CalendarLinkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CalendarFeedService links;

    @EJB
    private UserService users;

    private CalendarLink current;
    private String issuedUrl;
    private boolean ownClientsOnly;

    @PostConstruct
    void init() {
        current = links.mine().orElse(null);
        ownClientsOnly = Role.ownClientsOnly(users.me().roles());
    }

    public void create() {
        boolean replacing = current != null;
        issuedUrl = CalendarFeedServlet.linkFor(links.create());
        current = links.mine().orElse(null);
        Messages.info(replacing ? "New calendar link made; the old one no longer works."
                : "Calendar link made: add it to your calendar app.");
    }

    public void turnOff() {
        try {
            links.turnOff();
            Messages.info("Calendar link turned off: calendar apps get nothing from it any more.");
        } catch (RuleViolationException e) {
            Messages.error(e.getMessage());
        }
        current = null;
        issuedUrl = null;
    }

    public void forgetIssued() {
        issuedUrl = null;
    }

    /** Without a public address the link cannot be given out: the page says so instead of offering one. */
    public boolean isAvailable() {
        return PublicLinks.publicUrl().isPresent();
    }

    /** Whether the feed holds the user's own clients' dates only (a sales user), as the page tells them. */
    public boolean isOwnClientsOnly() { return ownClientsOnly; }
    public CalendarLink getCurrent() { return current; }
    public String getIssuedUrl() { return issuedUrl; }

    /**
     * The same link for the calendar app of this device: Apple Calendar and Outlook subscribe when a webcal:// link
     * is opened (Google Calendar takes the https one, pasted).
     */
    public String getSubscribeUrl() {
        return issuedUrl == null ? null : "webcal" + issuedUrl.substring(issuedUrl.indexOf("://"));
    }
}
