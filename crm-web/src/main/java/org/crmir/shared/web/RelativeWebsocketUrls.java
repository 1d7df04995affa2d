package org.crmir.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;

/**
 * Push sockets ({@code f:websocket}) connect to a path, resolved by the browser against the page's own address.
 * Mojarra would write an absolute {@code ws://} URL built on the request's {@code Host} header, which the client
 * chooses; the WebSocket constructor of current browsers takes a path.
 */
public class RelativeWebsocketUrls extends ExternalContextFactory {

    public RelativeWebsocketUrls(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) {
        return new ExternalContextWrapper(getWrapped().getExternalContext(context, request, response)) {
            @Override
            public String encodeWebsocketURL(String url) {
                return getWrapped().encodeResourceURL(url);
            }
        };
    }
}
