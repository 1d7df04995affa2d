package org.crmir.webhook.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.crmir.shared.BusinessEventType;
import org.crmir.shared.web.Messages;
import org.crmir.shared.web.PagedModel;
import org.crmir.shared.web.UserActions;
import org.crmir.webhook.WebhookAttempt;
import org.crmir.webhook.WebhookDelivery;
import org.crmir.webhook.WebhookEndpoint;
import org.crmir.webhook.WebhookEndpoints;
import org.primefaces.PrimeFaces;

/**
 * The webhooks page: register the systems CRMir tells what happens, with the events each wants; read every
 * delivery and its attempts; send one again or a test event. Administrators only.
 */
@Named
@ViewScoped
public class WebhooksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WebhookEndpoints endpoints;

    private transient List<WebhookEndpoint> all;
    private Long selectedId;
    private PagedModel<WebhookDelivery> deliveries;
    /** The attempts of the rows shown, read when a row is opened. */
    private transient Map<Long, List<WebhookAttempt>> attempts;

    // the dialog's fields
    private Long editingId;
    private long editingVersion;
    private String url;
    private String description;
    private List<String> events = new ArrayList<>();
    private String shownSecret;

    @PostConstruct
    void init() {
        deliveries = PagedModel.ofPages(page -> {
            attempts = null;
            return endpoints.deliveries(selectedId == null ? -1 : selectedId, page);
        }, WebhookDelivery::getId);
    }

    public List<WebhookEndpoint> getAll() {
        if (all == null) {
            all = endpoints.all();
        }
        return all;
    }

    public BusinessEventType[] getEventTypes() {
        return BusinessEventType.values();
    }

    public String eventNames(WebhookEndpoint endpoint) {
        return endpoint.getEvents().stream().map(BusinessEventType::wireName).sorted()
                .collect(Collectors.joining(", "));
    }

    public void startNew() {
        editingId = null;
        url = null;
        description = null;
        events = new ArrayList<>();
    }

    public void startEdit(WebhookEndpoint endpoint) {
        editingId = endpoint.getId();
        editingVersion = endpoint.getVersion();
        url = endpoint.getUrl();
        description = endpoint.getDescription();
        events = endpoint.getEvents().stream().map(BusinessEventType::name).collect(Collectors.toList());
    }

    public void save() {
        EnumSet<BusinessEventType> chosen = EnumSet.noneOf(BusinessEventType.class);
        events.forEach(name -> chosen.add(BusinessEventType.valueOf(name)));
        boolean creating = editingId == null;
        WebhookEndpoint[] saved = new WebhookEndpoint[1];
        if (UserActions.attempt(() -> saved[0] = creating ? endpoints.register(url, description, chosen)
                : endpoints.change(editingId, editingVersion, url, description, chosen))) {
            all = null;
            PrimeFaces.current().executeScript("PF('endpointDialog').hide()");
            if (creating) {
                shownSecret = saved[0].getSecret();
                Messages.info("Endpoint added. Give its signing secret to the receiving system.");
                PrimeFaces.current().executeScript("PF('secretDialog').show()");
            } else {
                Messages.info("Endpoint saved.");
            }
        }
    }

    public void showSecret(WebhookEndpoint endpoint) {
        shownSecret = endpoint.getSecret();
    }

    public void rollSecret(WebhookEndpoint endpoint) {
        if (UserActions.attempt(() -> shownSecret = endpoints.rollSecret(endpoint.getId()).getSecret())) {
            all = null;
            Messages.info("New signing secret made; the old one no longer signs deliveries.");
            PrimeFaces.current().executeScript("PF('secretDialog').show()");
        }
    }

    public void switchOff(WebhookEndpoint endpoint) {
        if (UserActions.attempt(() -> endpoints.switchOff(endpoint.getId()))) {
            all = null;
            Messages.info("Endpoint switched off: it receives nothing until you switch it on.");
        }
    }

    public void switchOn(WebhookEndpoint endpoint) {
        if (UserActions.attempt(() -> endpoints.switchOn(endpoint.getId()))) {
            all = null;
            Messages.info("Endpoint switched on.");
        }
    }

    public void delete(WebhookEndpoint endpoint) {
        if (UserActions.attempt(() -> endpoints.delete(endpoint.getId()))) {
            all = null;
            if (endpoint.getId().equals(selectedId)) {
                selectedId = null;
            }
            Messages.info("Endpoint " + endpoint.getUrl() + " deleted, with its deliveries.");
        }
    }

    public void ping(WebhookEndpoint endpoint) {
        if (UserActions.attempt(() -> endpoints.ping(endpoint.getId()))) {
            selectedId = endpoint.getId();
            Messages.info("Test event queued; its delivery appears below in a moment.");
        }
    }

    public void select(WebhookEndpoint endpoint) {
        selectedId = endpoint.getId();
    }

    public void resend(WebhookDelivery delivery) {
        if (UserActions.attempt(() -> endpoints.resend(delivery.getId()))) {
            Messages.info("Event " + delivery.getEventType() + " queued to be sent again.");
        }
    }

    public List<WebhookAttempt> attemptsOf(WebhookDelivery delivery) {
        if (attempts == null) {
            attempts = new ConcurrentHashMap<>();
        }
        return attempts.computeIfAbsent(delivery.getId(), id -> endpoints.attempts(id));
    }

    public WebhookEndpoint getSelected() {
        return selectedId == null ? null : getAll().stream().filter(e -> e.getId().equals(selectedId)).findFirst()
                .orElse(null);
    }

    public PagedModel<WebhookDelivery> getDeliveries() { return deliveries; }
    public Long getEditingId() { return editingId; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getEvents() { return events; }
    public void setEvents(List<String> events) { this.events = events; }
    public String getShownSecret() { return shownSecret; }
}
