package org.crmir.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headers that tell browsers to be strict with CRMir's pages: no framing by other sites, no MIME sniffing, no
 * referrer leaking to other origins, pages with personal data not kept in shared caches, and a Content Security
 * Policy under which only CRMir's own scripts run. Inline scripts run only with the page's nonce: PrimeFaces
 * ({@code primefaces.CSP} in web.xml) makes one per page, moves the inline event handlers of its components into
 * scripts that carry it, and announces it in its own header, which this filter folds into the one policy.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CSP = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");
    /**
     * A servlet-context attribute: further origins (space-separated) forms may lead to, set at startup by the
     * feature that sends a form there (signing out leads on to the sign-on provider's sign-out).
     */
    public static final String FORM_TARGETS = "org.crmir.csp.formTargets";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        String formTargets = request.getServletContext().getAttribute(FORM_TARGETS) instanceof String targets
                ? " " + targets : "";
        response.setHeader(CSP, policy(null, formTargets));
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, CSP.equalsIgnoreCase(name) ? withNonceOf(value, formTargets) : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, withNonceOf(value, formTargets)); // one policy: two would both have to be met
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /**
     * The policy: everything from CRMir's own origin only; scripts also inline with the page's nonce (never
     * inline without it, never {@code eval}); styles also inline, because PrimeFaces' components position and
     * size themselves with style attributes; images also as data: URLs (the theme's icons); no plugins; forms post
     * to CRMir, to the card gateway's hosted page that the pay page sends the payer to, or to {@code formTargets}.
     */
    static String policy(String nonce, String formTargets) {
        return "default-src 'self'; script-src 'self'" + (nonce == null ? "" : " " + nonce)
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
                + CardGateway.FORM_TARGETS + formTargets + "; frame-ancestors 'self'";
    }

    private static String withNonceOf(String givenPolicy, String formTargets) {
        Matcher nonce = NONCE.matcher(givenPolicy == null ? "" : givenPolicy);
        return policy(nonce.find() ? nonce.group() : null, formTargets);
    }

    /** Where the pay page's "pay by card" form may lead: Stripe's hosted page (or the API's own, under test). */
    private static final class CardGateway {
        static final String FORM_TARGETS = targets();

        private static String targets() {
            if (blank(System.getenv("CRMIR_STRIPE_SECRET_KEY"))) {
                return "";
            }
            String hosted = " https://checkout.stripe.com";
            String api = System.getenv("CRMIR_STRIPE_API_URL");
            if (blank(api)) {
                return hosted;
            }
            URI uri = URI.create(api.strip());
            return hosted + " " + uri.getScheme() + "://" + uri.getAuthority();
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
