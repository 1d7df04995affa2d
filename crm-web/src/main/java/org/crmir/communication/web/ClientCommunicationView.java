package org.crmir.communication.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.crmir.client.Contact;
import org.crmir.client.web.ClientView;
import org.crmir.communication.AttachmentData;
import org.crmir.communication.Channel;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Direction;
import org.crmir.communication.HistoryFilter;
import org.crmir.communication.InteractionRow;
import org.crmir.communication.NewInteraction;
import org.crmir.communication.OutgoingEmail;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** A client's timeline (filtered, paged, live) and the dialogs to log an interaction or send an email. */
@Named
@ViewScoped
public class ClientCommunicationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CommunicationService communication;

    @Inject
    private ClientView client;

    private PagedModel<InteractionRow> timeline;
    private Channel channelFilter;
    private LocalDate fromDay;
    private LocalDate toDay;

    // log dialog
    private Channel channel = Channel.CALL;
    private Direction direction = Direction.OUTBOUND;
    private String sender;
    private String recipient;
    private String subject;
    private String body;
    private LocalDateTime occurredAt;

    // email dialog
    private String emailTo;
    private String emailSubject;
    private String emailBody;
    private final List<AttachmentData> files = new ArrayList<>();

    @PostConstruct
    void init() {
        timeline = new PagedModel<>(() -> communication.count(client.getId(), filter()),
                page -> communication.rows(client.getId(), filter(), page), InteractionRow::id);
    }

    private HistoryFilter filter() {
        return new HistoryFilter(null, null, channelFilter, null, Ranges.startOf(fromDay), Ranges.endOf(toDay));
    }

    public void startLog() {
        channel = Channel.CALL;
        direction = Direction.OUTBOUND;
        sender = null;
        recipient = null;
        subject = null;
        body = null;
        occurredAt = LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
    }

    public void log() {
        try {
            communication.record(client.getId(), new NewInteraction(channel, direction, sender, recipient, subject,
                    body, occurredAt == null ? null : occurredAt.toInstant(ZoneOffset.UTC), null, null, null));
            Messages.info("Interaction logged.");
            PrimeFaces.current().executeScript("PF('logDialog').hide()");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    /** Opens the compose dialog addressed to the client's primary contact, or the client itself. */
    public void startEmail() {
        files.clear();
        emailSubject = null;
        emailBody = null;
        emailTo = client.getClient() == null ? null : client.getClient().getEmail();
        var contacts = client.getContacts();
        if (contacts != null) {
            List<Contact> first = contacts.load(0, 1, java.util.Map.of(), java.util.Map.of());
            if (!first.isEmpty() && first.get(0).isPrimary() && first.get(0).getEmail() != null) {
                emailTo = first.get(0).getEmail();
            }
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        files.add(new AttachmentData(file.getFileName(), file.getContentType(), file.getContent()));
    }

    public void removeFile(AttachmentData file) {
        files.remove(file);
    }

    public void sendEmail() {
        try {
            communication.sendEmail(new OutgoingEmail(client.getId(), null, emailTo, emailSubject, emailBody,
                    files, null, null));
            Messages.info("Email to " + emailTo + " queued; its status updates here as it is sent.");
            files.clear();
            PrimeFaces.current().executeScript("PF('emailDialog').hide()");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
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
    public Direction[] getDirections() { return Direction.values(); }
    public PagedModel<InteractionRow> getTimeline() { return timeline; }
    public Channel getChannelFilter() { return channelFilter; }
    public void setChannelFilter(Channel channelFilter) { this.channelFilter = channelFilter; }
    public LocalDate getFromDay() { return fromDay; }
    public void setFromDay(LocalDate fromDay) { this.fromDay = fromDay; }
    public LocalDate getToDay() { return toDay; }
    public void setToDay(LocalDate toDay) { this.toDay = toDay; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public String getSender() { return sender; }
    public void setSender(String sender) { this.sender = sender; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = occurredAt; }
    public String getEmailTo() { return emailTo; }
    public void setEmailTo(String emailTo) { this.emailTo = emailTo; }
    public String getEmailSubject() { return emailSubject; }
    public void setEmailSubject(String emailSubject) { this.emailSubject = emailSubject; }
    public String getEmailBody() { return emailBody; }
    public void setEmailBody(String emailBody) { this.emailBody = emailBody; }
    public List<AttachmentData> getFiles() { return files; }
}
