package org.crmir.communication.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.crmir.communication.MessageTemplate;
import org.crmir.communication.Placeholders;
import org.crmir.communication.TemplateService;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.web.Messages;
import org.primefaces.PrimeFaces;

/** The message templates page: administrators edit subject and body of each kind. */
@Named
@ViewScoped
public class TemplatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TemplateService templates;

    private List<MessageTemplate> all;
    private MessageTemplate editing;
    private String subject;
    private String body;

    @PostConstruct
    void init() {
        all = templates.all();
    }

    public void edit(MessageTemplate template) {
        editing = template;
        subject = template.getSubject();
        body = template.getBody();
    }

    public void save() {
        try {
            templates.rewrite(editing.getKind(), editing.getVersion(), subject, body);
            all = templates.all();
            Messages.info("Template " + editing.getKind() + " saved.");
            PrimeFaces.current().executeScript("PF('templateDialog').hide()");
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (ConcurrentChangeException e) {
            Messages.error(e.getMessage());
        }
    }

    public String getPlaceholders() {
        return String.join("  ", Placeholders.KNOWN.stream().map(n -> "{{" + n + "}}").toList());
    }

    public List<MessageTemplate> getAll() { return all; }
    public MessageTemplate getEditing() { return editing; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
}
