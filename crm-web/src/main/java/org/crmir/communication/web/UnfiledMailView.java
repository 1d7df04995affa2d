package org.crmir.communication.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmir.client.ClientService;
import org.crmir.client.web.ClientChoice;
import org.crmir.communication.InboundMail;
import org.crmir.communication.MailTriage;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.UserActions;

/**
 * Mail that reached CRMir's mailbox from an unknown address and answers none of its messages: file each on its
 * client (it is then logged there as an inbound e-mail) or discard it.
 */
@Named
@ViewScoped
public class UnfiledMailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MailTriage triage;

    @EJB
    private ClientService clients;

    private PagedModel<InboundMail> model;
    /** The client chosen for each mail, by the mail's id. */
    private final Map<Long, String> chosen = new HashMap<>();

    @PostConstruct
    void init() {
        model = PagedModel.ofPages(triage::waiting, InboundMail::getId);
    }

    public List<String> completeClient(String text) {
        return ClientChoice.complete(clients, text);
    }

    public void file(InboundMail mail) {
        Long clientId = ClientChoice.idOf(chosen.get(mail.getId()));
        UserActions.attempt(() -> {
            if (clientId == null) {
                throw new InvalidInputException("client", "choose the client this mail belongs to");
            }
            triage.file(mail.getId(), clientId);
            Messages.info("Mail from " + mail.getSender() + " filed on "
                    + chosen.get(mail.getId()).replaceFirst(" \\(#\\d+\\)$", "") + ".");
            chosen.remove(mail.getId());
        }, "Your role may not file mail.");
    }

    public void discard(InboundMail mail) {
        UserActions.attempt(() -> {
            triage.discard(mail.getId());
            Messages.info("Mail from " + mail.getSender() + " discarded.");
        }, "Your role may not discard mail.");
    }

    public PagedModel<InboundMail> getModel() { return model; }
    public Map<Long, String> getChosen() { return chosen; }
}
