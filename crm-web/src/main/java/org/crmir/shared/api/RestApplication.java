package org.crmir.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under {@code /api}; versions are the next path segment ({@code /api/v1/...}). */
@ApplicationPath("api")
public class RestApplication extends Application {
}
