package org.crmir.communication.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmir.communication.CommunicationService;
import org.crmir.communication.Interaction;
import org.crmir.communication.InteractionRow;

/** The full text of one message or note from a timeline or the history, for the "Read" dialog. */
@Named
@ViewScoped
public class MessageReader implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CommunicationService communication;

    private Interaction reading;
    private List<String> attachments = List.of();

    public void open(InteractionRow row) {
        reading = communication.find(row.id());
        attachments = communication.attachmentNames(row.id());
    }

    public Interaction getReading() { return reading; }
    public List<String> getAttachments() { return attachments; }
    public String getAttachmentList() { return String.join(", ", attachments); }
}
