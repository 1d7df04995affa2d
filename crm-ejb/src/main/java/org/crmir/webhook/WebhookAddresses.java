package org.crmir.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import org.crmir.shared.PublicAddress;

/**
 * Where a receiver's host points, checked when it is registered and again before each attempt (a name can be
 * pointed elsewhere later): every address it resolves to must be allowed, and it must not be CRMir itself.
 */
final class WebhookAddresses {

    private WebhookAddresses() {
    }

    /** Why {@code target} may not receive webhooks now, or empty when it may. */
    static Optional<String> refusal(WebhookTarget target, TargetNetworks networks) {
        Optional<URI> own = PublicAddress.url().map(URI::create);
        if (own.isPresent() && target.sameOriginAs(own.get())) {
            return Optional.of("it is CRMir's own address; a webhook must go to another system");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(target.host());
        } catch (UnknownHostException e) {
            return Optional.of("the host " + target.host() + " is not known");
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() && target.port() == ownHttpPort()) {
                return Optional.of("it is CRMir's own address; a webhook must go to another system");
            }
            Optional<String> refused = networks.refusal(address);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /** The port this server takes HTTP requests on (WildFly's http binding plus its offset). */
    private static int ownHttpPort() {
        return Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }
}
