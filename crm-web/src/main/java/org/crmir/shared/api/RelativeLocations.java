package org.crmir.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/**
 * A created resource's {@code Location} leaves as a path. JAX-RS makes it absolute with the request's {@code Host}
 * header, which the client chooses; absolute URLs are built from {@code CRMIR_PUBLIC_URL} only, and a path is
 * resolved by the client against the address it used.
 */
@Provider
public class RelativeLocations implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        URI location = response.getLocation();
        if (location != null && location.isAbsolute()) {
            String path = location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
            // A string, not a URI: the runtime would resolve a relative URI against the request once more.
            response.getHeaders().putSingle(HttpHeaders.LOCATION, path);
        }
    }
}
