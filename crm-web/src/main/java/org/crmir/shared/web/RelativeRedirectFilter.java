package org.crmir.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Redirects (Faces navigation, sign-in, sign-out) leave with a path as their {@code Location}. The container
 * would make a path absolute with the scheme and the {@code Host} header of the request, and that header is the
 * client's to choose ({@code Host: evil.example} would send the user to another site). Browsers resolve a path
 * against the address they used, so nothing is lost. Absolute URLs given by the application stay as they are.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RelativeRedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) {
                if (isCommitted()) {
                    throw new IllegalStateException("The response is already committed; cannot redirect");
                }
                resetBuffer();
                setStatus(HttpServletResponse.SC_FOUND);
                setHeader("Location", asPath(request, location));
            }
        });
    }

    /** {@code location} as the container would resolve it, without scheme and host; absolute URLs unchanged. */
    static String asPath(HttpServletRequest request, String location) {
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || location.startsWith("/")) {
            return location;
        }
        String uri = request.getRequestURI();
        return uri.substring(0, uri.lastIndexOf('/') + 1) + location;
    }
}
