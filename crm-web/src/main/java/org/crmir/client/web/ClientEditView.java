package org.crmir.client.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.crmir.client.Client;
import org.crmir.client.ClientKind;
import org.crmir.client.ClientService;
import org.crmir.identity.UserService;
import org.crmir.identity.UserSummary;
import org.crmir.shared.ConcurrentChangeException;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.web.Messages;

/** The client form: a new client, or the edit of one, saved only if nobody saved it in between. */
@Named
@ViewScoped
public class ClientEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ClientService clients;

    @EJB
    private UserService users;

    private Long id;
    private Client client;
    private List<String> tags = new ArrayList<>();
    private String owner;
    private boolean missing;

    /** Loads the client named by {@code ?id=}, or starts a new one. */
    public void load() {
        if (client != null) {
            return;
        }
        if (id == null) {
            client = new Client(ClientKind.COMPANY, null);
            return;
        }
        try {
            client = clients.find(id);
            client.openAddressForEditing();
            tags = new ArrayList<>(client.getTags());
            owner = client.getOwner() == null ? null : client.getOwner().getUsername();
        } catch (NotFoundException e) {
            missing = true;
            Messages.error(e.getMessage());
        }
    }

    public String save() {
        try {
            client.setTags(new LinkedHashSet<>(tags));
            String ownerName = owner == null || owner.isBlank() ? null : owner.strip();
            Client saved = id == null ? clients.create(client, ownerName)
                    : clients.update(id, client.getVersion(), client, ownerName);
            return "/client.xhtml?faces-redirect=true&saved=true&id=" + saved.getId();
        } catch (InvalidInputException e) {
            Messages.invalid(e);
        } catch (ConcurrentChangeException e) {
            Messages.error(e.getMessage());
        }
        return null;
    }

    /** Usernames for the owner field, looked up as the user types. */
    public List<String> completeOwner(String typed) {
        return users.activeUsersStartingWith(typed, 10).stream().map(UserSummary::username).toList();
    }

    public ClientKind[] getKinds() {
        return ClientKind.values();
    }

    public boolean isNew() { return id == null; }
    public boolean isMissing() { return missing; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Client getClient() { return client; }
    public List<String> getTags() { return tags; }
    public void setTags(List<String> tags) { this.tags = tags == null ? new ArrayList<>() : tags; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
}
