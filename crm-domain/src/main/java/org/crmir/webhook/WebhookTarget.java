package org.crmir.webhook;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.crmir.shared.InvalidInputException;

/**
 * A receiver's URL as an administrator gives it: absolute http(s), a host, no user name or password in it, no
 * fragment, at most {@value #MAX_LENGTH} characters. Where it may point is {@link TargetNetworks}' rule.
 */
public record WebhookTarget(URI uri) implements Serializable {

    public static final int MAX_LENGTH = 2000;

    public static WebhookTarget parse(String text) {
        String url = text == null ? "" : text.strip();
        if (url.isEmpty()) {
            throw refused("an address is required");
        }
        if (url.length() > MAX_LENGTH) {
            throw refused("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw refused("is not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused("must start with https:// or http://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw refused("must name a host, such as https://example.com/hooks/crmir");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused("must not hold a user name or password; the signature proves the sender");
        }
        if (uri.getRawFragment() != null) {
            throw refused("must not have a #fragment");
        }
        return new WebhookTarget(uri);
    }

    public String host() {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    public int port() {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** True when this URL is served by the same origin as {@code own} (CRMir itself). */
    public boolean sameOriginAs(URI own) {
        WebhookTarget other = new WebhookTarget(own);
        return host().equalsIgnoreCase(other.host()) && port() == other.port();
    }

    static InvalidInputException refused(String why) {
        return new InvalidInputException("url", why + ".");
    }
}
