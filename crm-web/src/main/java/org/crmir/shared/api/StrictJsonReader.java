package org.crmir.shared.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.crmir.shared.RequestFingerprint;

/**
 * Reads every JSON request body of the API, in one place and strictly: at most {@link #MAX_BYTES} (413 beyond),
 * one JSON value and nothing after it, its values checked against the target record by {@link JsonShape} before
 * JSON-B binds them. The body's SHA-256 becomes the request's fingerprint, so a reused idempotency key with a
 * different body can be told from a retry.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** A JSON body larger than this is refused with 413; no CRMir request comes near it. */
    public static final int MAX_BYTES = 1024 * 1024;

    @Inject
    RequestFingerprint fingerprint;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] body = bounded(entity);
        fingerprint.remember(body);
        if (body.length == 0) {
            return null;
        }
        JsonShape.check(parse(body), genericType);
        return JsonSettings.JSONB.fromJson(new ByteArrayInputStream(body), genericType);
    }

    private static byte[] bounded(InputStream entity) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = entity.read(buffer)) != -1; ) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_BYTES) {
                throw new WebApplicationException(Problem.of(413, "Request too large",
                        "A JSON body is at most " + MAX_BYTES / 1024 + " KB."));
            }
        }
        return out.toByteArray();
    }

    /** One JSON value and nothing after it; the message says where the text stops being JSON. */
    private static JsonValue parse(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new JsonParsingException("more after the JSON value", parser.getLocation());
            }
            return value;
        } catch (JsonParsingException e) {
            throw new WebApplicationException(Problem.of(400, "Bad request", "The request body is not valid JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")") + ": send one JSON object and nothing after it."));
        } catch (RuntimeException e) {
            // Parsson refuses numbers of over 1,100 characters and nesting over 1,000 deep with plain exceptions.
            throw new WebApplicationException(Problem.of(400, "Bad request", "The request body is not valid JSON,"
                    + " or holds a number too long to read: send one JSON object and nothing after it."));
        }
    }
}
