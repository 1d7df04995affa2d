package org.crmir.invoice.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.crmir.invoice.InvoiceService;

/** {@code /api/v1/credit-notes/{id}}; credit notes are made on their invoice ({@code POST .../credit-notes}). */
@Path("v1/credit-notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CreditNoteResource {

    @EJB
    InvoiceService invoices;

    @GET
    @Path("{id:[0-9]+}")
    public CreditNoteRepresentation get(@PathParam("id") long id) {
        return CreditNoteRepresentation.of(invoices.creditNote(id));
    }
}
