package org.crmir.communication.web;

import org.crmir.shared.web.ListExport;
import java.util.Arrays;
import java.io.IOException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.DeliveryStatus;
import org.crmir.communication.Direction;
import org.crmir.communication.HistoryFilter;
import org.crmir.communication.InteractionRow;
import org.crmir.identity.UserService;
import org.crmir.identity.web.OwnerChoice;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.api.QueryValues;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.UrlFilters;

/**
 * The communication history of all clients, filtered on sender, recipient, channel, status, direction, the
 * client's owner and days. The dashboard links here with URL parameters (channel, status, direction, owner:
 * {@code me} or a user id, from, to: days, both inclusive), which fill the filter fields.
 */
@Named
@ViewScoped
public class HistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CommunicationService communication;

    @EJB
    private UserService users;

    private final UrlFilters url = new UrlFilters();
    private Direction direction;
    /** The client owner filter as chosen: "My clients" or "Name (#id)". */
    private String owner;
    private String sender;
    private String recipient;
    private Channel channel;
    private DeliveryStatus status;
    private LocalDate fromDay;
    private LocalDate toDay;
    private PagedModel<InteractionRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> communication.count(null, filter()),
                page -> communication.rows(null, filter(), page), InteractionRow::id);
    }

    /** The messages and interactions the list shows (all its filters), as CSV or Excel. */
    public void export(String format) throws IOException {
        HistoryFilter filter = filter();
        ListExport.send(format, "communications",
                List.of("When (UTC)", "Client", "Channel", "Direction", "From", "To",
                "Subject", "Status", "Error", "By"), page -> communication.rows(null, filter, page),
                r -> Arrays.asList(r.occurredAt(), r.clientName(), r.channel(), r.direction(), r.sender(),
                        r.recipient(), r.subject(), r.status(), r.errorText(), r.author()), r -> r.id());
    }

    /** Fills the filter fields from the URL, once, on the first request. */
    public void applyUrl() {
        channel = url.read("channel", (n, v) -> QueryValues.oneOf(n, v, Channel.class));
        status = url.read("status", (n, v) -> QueryValues.oneOf(n, v, DeliveryStatus.class));
        direction = url.read("direction", (n, v) -> QueryValues.oneOf(n, v, Direction.class));
        owner = OwnerChoice.label(url.read("owner", QueryValues::owner), users);
        fromDay = url.read("from", QueryValues::date);
        toDay = url.read("to", QueryValues::date);
    }

    private HistoryFilter filter() {
        return new HistoryFilter(sender, recipient, channel, status, Ranges.startOf(fromDay), Ranges.endOf(toDay),
                direction, OwnerChoice.ownerOf(owner));
    }

    /** "My clients" and users matching what was typed, for the client owner filter. */
    public List<String> completeOwner(String text) {
        return OwnerChoice.complete(users, text);
    }

    public void retry(InteractionRow row) {
        try {
            communication.retry(row.id());
            Messages.info("Email to " + row.recipient() + " queued again.");
        } catch (RuleViolationException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public Channel[] getChannels() { return Channel.values(); }
    public DeliveryStatus[] getStatuses() { return DeliveryStatus.values(); }
    public Direction[] getDirections() { return Direction.values(); }
    public PagedModel<InteractionRow> getModel() { return model; }
    public UrlFilters getUrl() { return url; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getSender() { return sender; }
    public void setSender(String sender) { this.sender = sender; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public DeliveryStatus getStatus() { return status; }
    public void setStatus(DeliveryStatus status) { this.status = status; }
    public LocalDate getFromDay() { return fromDay; }
    public void setFromDay(LocalDate fromDay) { this.fromDay = fromDay; }
    public LocalDate getToDay() { return toDay; }
    public void setToDay(LocalDate toDay) { this.toDay = toDay; }
}
