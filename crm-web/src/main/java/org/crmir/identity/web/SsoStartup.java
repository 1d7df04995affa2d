package org.crmir.identity.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.URI;
import java.util.logging.Logger;
import org.crmir.identity.OidcSettings;
import org.crmir.shared.web.SecurityHeadersFilter;

/**
 * Reads the single sign-on settings when the application starts, so that a half-done configuration stops the
 * deployment with what is missing instead of failing at the first sign-in; and lets the sign-out form lead on to
 * the provider's sign-out under the Content-Security-Policy.
 */
@WebListener
public class SsoStartup implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SsoStartup.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        OidcSettings.current().ifPresent(settings -> {
            URI issuer = URI.create(settings.issuer());
            event.getServletContext().setAttribute(SecurityHeadersFilter.FORM_TARGETS,
                    issuer.getScheme() + "://" + issuer.getRawAuthority());
            LOG.info("Single sign-on through " + settings.providerName() + " (" + settings.issuer() + ")");
        });
    }
}
