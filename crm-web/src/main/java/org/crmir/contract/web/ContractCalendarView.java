package org.crmir.contract.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.crmir.contract.CalendarEntry;
import org.crmir.contract.ContractQueries;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.web.Messages;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/** The calendar of important dates: the schedule asks for the visible range only, and the database answers. */
@Named
@ViewScoped
public class ContractCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ContractQueries contracts;

    private LazyScheduleModel model;

    @PostConstruct
    void init() {
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                try {
                    String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
                    for (CalendarEntry entry : contracts.calendar(start.toLocalDate(),
                            end.toLocalDate().minusDays(1))) {
                        addEvent(DefaultScheduleEvent.builder()
                                .id(entry.kind() + "-" + entry.contractId() + "-" + entry.date() + "-" + entry.what())
                                .title(entry.what() + ": " + (entry.number() == null ? "(draft) " : entry.number() + " ")
                                        + entry.title())
                                .startDate(entry.date().atStartOfDay()).endDate(entry.date().atStartOfDay())
                                .allDay(true).editable(false).styleClass("crm-event-" + entry.kind().toLowerCase())
                                .url(base + "/contract.xhtml?id=" + entry.contractId()).build());
                    }
                } catch (InvalidInputException e) {
                    Messages.invalid(e);
                }
            }
        };
    }

    public ScheduleModel getModel() { return model; }
}
