package org.crmir.communication.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.DeliveryStatus;
import org.crmir.communication.HistoryFilter;
import org.crmir.communication.InteractionRow;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;

/** The communication history of all clients, filtered on sender, recipient, channel, status and dates. */
@Named
@ViewScoped
public class HistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CommunicationService communication;

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

    private HistoryFilter filter() {
        return new HistoryFilter(sender, recipient, channel, status, Ranges.startOf(fromDay), Ranges.endOf(toDay));
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
    public PagedModel<InteractionRow> getModel() { return model; }
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
