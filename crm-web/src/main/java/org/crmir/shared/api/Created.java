package org.crmir.shared.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * 201 answers: where the created resource lives, with its representation. {@link RelativeLocations} turns the
 * {@code Location} into a path on the way out.
 */
public final class Created {

    private Created() {
    }

    /** Created below the path that was posted to, as {@code POST /v1/quotes} makes {@code /v1/quotes/7}. */
    public static Response.ResponseBuilder here(UriInfo uri, long id, Object representation) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(representation);
    }

    /** Created in another collection, such as {@code v1/invoices} for the invoice a quote converts into. */
    public static Response.ResponseBuilder in(UriInfo uri, String collection, long id, Object representation) {
        return Response.created(uri.getBaseUriBuilder().path(collection).path(String.valueOf(id)).build())
                .entity(representation);
    }
}
