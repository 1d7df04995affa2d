package org.crmir.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * JSON builders from one factory. {@code Json.createObjectBuilder()} looks the provider up with a ServiceLoader
 * on every call: a dashboard builds a few hundred builders for its charts, and the lookups were 14 % of its
 * server time at a million invoices (docs/PERFORMANCE-dashboard.md).
 */
public final class JsonBuilders {

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }
}
