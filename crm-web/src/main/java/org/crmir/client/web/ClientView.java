package org.crmir.client.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.crmir.client.Client;
import org.crmir.client.ClientService;
import org.crmir.client.Contact;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;

/** A client's page: its details, its contacts (added and edited in a dialog), archive and reactivate. */
@Named
@ViewScoped
public class ClientView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClientService clients;

    private Long id;
    private Client client;
    private PagedModel<Contact> contacts;
    private Contact editing = new Contact();
    private Long editingId;
    private boolean saved;

    public void load() {
        if (id == null) {
            Messages.error("No client was chosen.");
            return;
        }
        try {
            client = clients.find(id);
            contacts = PagedModel.ofPages(page -> clients.contactsOf(id, page), Contact::getId);
            if (saved) {
                Messages.info("Client saved.");
                saved = false;
            }
        } catch (NotFoundException e) {
            Messages.notFound(e.getMessage());
        }
    }

    public void newContact() {
        editing = new Contact();
        editingId = null;
    }

    public void editContact(Contact contact) {
        editing = clients.findContact(id, contact.getId());
        editingId = editing.getId();
    }

    public void saveContact() {
        try {
            if (editingId == null) {
                clients.addContact(id, editing);
                Messages.info("Contact " + editing.getName() + " added.");
            } else {
                clients.updateContact(id, editingId, editing.getVersion(), editing);
                Messages.info("Contact " + editing.getName() + " saved.");
            }
            org.primefaces.PrimeFaces.current().executeScript("PF('contactDialog').hide()");
            newContact();
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (ConcurrentChangeException | NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void removeContact(Contact contact) {
        try {
            clients.removeContact(id, contact.getId());
            Messages.info("Contact " + contact.getName() + " removed.");
        } catch (NotFoundException e) {
            Messages.error(e.getMessage());
        }
    }

    public void archive() {
        try {
            clients.archive(id);
            client = clients.find(id);
            Messages.info("Client archived. It no longer appears in the active list.");
        } catch (RuleViolationException | ConcurrentChangeException e) {
            Messages.error(e.getMessage());
        }
    }

    public void reactivate() {
        try {
            clients.reactivate(id);
            client = clients.find(id);
            Messages.info("Client reactivated.");
        } catch (RuleViolationException | ConcurrentChangeException e) {
            Messages.error(e.getMessage());
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isSaved() { return saved; }
    public void setSaved(boolean saved) { this.saved = saved; }
    public Client getClient() { return client; }
    public PagedModel<Contact> getContacts() { return contacts; }
    public Contact getEditing() { return editing; }
    public Long getEditingId() { return editingId; }
}
