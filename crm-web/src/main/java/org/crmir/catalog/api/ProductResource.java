package org.crmir.catalog.api;

import static org.crmir.shared.api.Bodies.readVersion;
import static org.crmir.shared.api.Bodies.required;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.crmir.catalog.CatalogService;
import org.crmir.catalog.Product;
import org.crmir.shared.InvalidInputException;
import org.crmir.shared.Money;
import org.crmir.shared.api.Created;
import org.crmir.shared.api.PageRepresentation;
import org.crmir.shared.api.Paging;
import org.crmir.shared.api.QueryValues;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/products}: search, read, create, update. */
@Path("v1/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    @EJB
    CatalogService catalog;

    @Context
    UriInfo uri;

    @Operation(summary = "List products and services")
    @GET
    public PageRepresentation<ProductRepresentation> list(@QueryParam("q") String text,
            @QueryParam("inactive") String inactive, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        return PageRepresentation.of(catalog.products(text, QueryValues.flag("inactive", inactive),
                Paging.from(offset, limit, null)), ProductRepresentation::of);
    }

    @Operation(summary = "Read a product or service")
    @GET
    @Path("{id:[0-9]+}")
    public ProductRepresentation get(@PathParam("id") long id) {
        return ProductRepresentation.of(catalog.product(id));
    }

    @Operation(summary = "Add a product or service")
    @APIResponse(responseCode = "201", description = "Created; the Location header is its address.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductRepresentation.class)))
    @POST
    public Response create(ProductRepresentation body) {
        ProductRepresentation p = required(body);
        Product created = catalog.create(p.sku(), p.name(), p.description(), p.kind(), p.unit(), price(p),
                p.taxRateId());
        return Created.here(uri, created.getId(), ProductRepresentation.of(created)).build();
    }

    @Operation(summary = "Change a product or service")
    @PUT
    @Path("{id:[0-9]+}")
    public ProductRepresentation update(@PathParam("id") long id, ProductRepresentation body) {
        ProductRepresentation p = required(body);
        return ProductRepresentation.of(catalog.update(id, readVersion(p.version()), p.name(), p.description(),
                p.kind(), p.unit(), price(p), p.taxRateId(), p.active() == null || p.active()));
    }

    private static Money price(ProductRepresentation p) {
        if (p.unitPrice() == null || p.currency() == null) {
            throw new InvalidInputException("unitPrice", "a price needs an amount and a currency");
        }
        return Money.of(p.unitPrice(), p.currency().strip().toUpperCase(java.util.Locale.ROOT));
    }

}
