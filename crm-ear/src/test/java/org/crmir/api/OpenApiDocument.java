package org.crmir.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crmir.support.Http;

/**
 * The API's OpenAPI document as the server serves it, and answers checked against it: an answer's status must be
 * documented for its operation (or covered by its default), its media type listed there, and its body valid under
 * that schema (JSON Schema 2020-12, OpenAPI 3.1's dialect).
 */
final class OpenApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String COMPONENT = "#/components/schemas/";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonNode document;

    OpenApiDocument(String json) {
        try {
            document = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the request; an unknown address must be a documented 404 of no operation, so it is checked apart. */
    List<String> check(String method, String path, String token, String body) {
        HttpResponse<String> answer = Http.send(method, path, token, body);
        String contentType = answer.headers().firstValue("Content-Type").orElse(null);
        if (templateOf(path.replaceFirst("\\?.*", "")) == null) {
            return answer.statusCode() == 404 && "application/problem+json".equals(contentType) ? List.of()
                    : List.of(method + " " + path + " answered " + answer.statusCode() + " " + contentType);
        }
        return mismatches(method, path, answer.statusCode(), contentType, answer.body());
    }

    /** The document the test server serves at /crmir/openapi. */
    static OpenApiDocument served() {
        HttpResponse<String> served = Http.send("GET", "/openapi?format=JSON", null, null);
        assertEquals(200, served.statusCode(), "the document at /crmir/openapi");
        return new OpenApiDocument(served.body());
    }

    String version() {
        return document.path("openapi").asText();
    }

    /** Every operation as "METHOD /path". */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(
                method -> {
                    if (METHODS.contains(method)) {
                        operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return operations;
    }

    /** The operations that do not say in a line what they do. */
    List<String> withoutSummary() {
        return operations().stream().filter(operation -> operation(operation.split(" ")[0], operation.split(" ")[1])
                .path("summary").asText().isBlank()).toList();
    }

    JsonNode operation(String method, String path) {
        return document.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
    }

    /** The documented path (a template) that {@code concrete} is an instance of; null when none is. */
    String templateOf(String concrete) {
        Iterator<String> paths = document.path("paths").fieldNames();
        while (paths.hasNext()) {
            String template = paths.next();
            if (concrete.matches(template.replaceAll("\\{[^/]+}", "[^/]+"))) {
                return template;
            }
        }
        return null;
    }

    /** What is wrong with an answer to {@code method} on {@code concretePath}; empty when it is as documented. */
    List<String> mismatches(String method, String concretePath, int status, String contentType, String body) {
        String path = concretePath.replaceFirst("\\?.*", "");
        String template = templateOf(path);
        if (template == null || operation(method, template).isMissingNode()) {
            return List.of(method + " " + path + " is not in the document");
        }
        JsonNode responses = operation(method, template).path("responses");
        JsonNode response = responses.has(Integer.toString(status)) ? responses.path(Integer.toString(status))
                : responses.path("default");
        if (response.isMissingNode()) {
            return List.of(method + " " + template + " answered " + status + ", which is not documented");
        }
        String mediaType = contentType == null ? "" : contentType.replaceFirst(";.*", "").strip();
        if (!response.has("content")) {
            return body == null || body.isEmpty() ? List.of()
                    : List.of(method + " " + template + " " + status + " has a body the document does not describe");
        }
        JsonNode media = response.path("content").path(mediaType);
        if (media.isMissingNode()) {
            return List.of(method + " " + template + " " + status + " answered " + mediaType + "; the document says "
                    + fieldNames(response.path("content")));
        }
        return invalid(media.path("schema"), body).stream()
                .map(error -> method + " " + template + " " + status + ": " + error).toList();
    }

    /** The messages of {@code body} against {@code schema} (its references into the components resolved). */
    List<String> invalid(JsonNode schema, String body) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : SCHEMAS.getSchema(resolved(schema, 0)).validate(instance)) {
            errors.add(message.getMessage());
        }
        return errors;
    }

    JsonNode componentSchema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    /** A copy of {@code schema} with each {@code $ref} to a component replaced by the component itself. */
    private JsonNode resolved(JsonNode schema, int depth) {
        if (depth > 64) {
            throw new IllegalStateException("schema nests deeper than 64 levels: a cycle of references?");
        }
        if (schema.isObject()) {
            String ref = schema.path("$ref").asText("");
            if (ref.startsWith(COMPONENT)) {
                return resolved(componentSchema(ref.substring(COMPONENT.length())), depth + 1);
            }
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), resolved(field.getValue(), depth + 1));
            }
            return copy;
        }
        if (schema.isArray()) {
            var copy = JSON.createArrayNode();
            schema.forEach(item -> copy.add(resolved(item, depth + 1)));
            return copy;
        }
        return schema;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
