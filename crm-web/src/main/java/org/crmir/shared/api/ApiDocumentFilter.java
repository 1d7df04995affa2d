package org.crmir.shared.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.crmir.shared.PageRequest;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document made from the resources with what every call shares and no resource method
 * declares: the problem+json errors ({@link ProblemMapper} answers them for every resource alike) and the
 * gateways' webhooks taking no token (their signature is their proof), and operations grouped by subject. Named in
 * META-INF/microprofile-config.properties.
 */
public class ApiDocumentFilter implements OASFilter {

    /** The name of the bearer token scheme. */
    public static final String TOKEN = "token";
    static final String PROBLEM = "Problem";
    private static final String WEBHOOKS = "/api/webhooks/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        Components components = document.getComponents();
        components.addSchema(PROBLEM, problemSchema());
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            boolean webhook = path.startsWith(WEBHOOKS);
            if (webhook) {
                operation.setSecurity(List.of()); // no token: the gateway signs the body
            }
            addErrors(operation, method, path, webhook);
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                operation.addTag(tagOf(path));
            }
        }));
    }

    /**
     * The paging parameters and the idempotency key as the resources read them: the methods take them as text to
     * answer a bad value with a 422 naming it, so their schema from the code would say only "string".
     */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.QUERY && "limit".equals(parameter.getName())) {
            parameter.schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT)).defaultValue(PageRequest.DEFAULT_LIMIT))
                    .description("Rows on the page.");
        } else if (parameter.getIn() == Parameter.In.QUERY && "offset".equals(parameter.getName())) {
            parameter.schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(BigDecimal.ZERO)
                    .defaultValue(0)).description("How many rows to skip: the first row's index.");
        } else if (parameter.getIn() == Parameter.In.QUERY && "sort".equals(parameter.getName())) {
            parameter.description("The field to sort by, or -field for descending (sort=-name).");
        } else if (parameter.getIn() == Parameter.In.HEADER && IdempotencyKeys.HEADER.equals(parameter.getName())) {
            parameter.description("A text unique to this create: a retry with the same key and body answers the"
                    + " first result instead of making a second record; the same key with another body is a 422.");
        }
        return parameter;
    }

    /** Operations grouped by what they work on, the first segment after the version: "Credit notes". */
    static String tagOf(String path) {
        if (path.startsWith(WEBHOOKS)) {
            return "Payment gateways' webhooks";
        }
        String[] segments = path.split("/");
        String subject = segments.length > 3 ? segments[3] : path;
        return Character.toUpperCase(subject.charAt(0)) + subject.substring(1).replace('-', ' ');
    }

    private static void addErrors(Operation operation, PathItem.HttpMethod method, String path, boolean webhook) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasInput = writes || operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasInput) {
            add(responses, "400", "The request cannot be read: not JSON, or not of this resource's shape.");
        }
        if (!webhook) {
            add(responses, "401", "No token, or one that is unknown, expired or revoked.");
            add(responses, "403", "The token's user has no role that allows this.");
        }
        if (path.contains("{")) {
            add(responses, "404", "Nothing has this id (or it is not the caller's to see).");
        }
        if (writes) {
            add(responses, "409", "A conflict: someone else changed the record, or its state does not allow this.");
            add(responses, "422", "The input breaks a rule; `errors` names each field and what is wrong.");
        }
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(problem("Anything else: 503 while the database is out of reach (with"
                    + " Retry-After), 500 with a correlation id to quote."));
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, problem(description));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM))));
    }

    /** The body {@link Problem} writes. */
    private static Schema problemSchema() {
        Schema error = object("One broken rule.")
                .properties(Map.of(
                        "field", text("The request's field (JSON property) at fault, when one is."),
                        "message", text("What is wrong with it, in plain words.")))
                .addRequired("message");
        return object("An RFC 9457 problem details document.")
                .properties(Map.of(
                        "type", text("Always about:blank: the status says the kind of problem."),
                        "title", text("The status in words."),
                        "status", OASFactory.createSchema().addType(SchemaType.INTEGER).description("The HTTP status."),
                        "detail", text("What happened, for a person to read."),
                        "correlationId", text("On a 500 only: quote it when reporting the fault; the log has it."),
                        "errors", OASFactory.createSchema().addType(SchemaType.ARRAY).items(error)
                                .description("On a 400 or 422: each broken rule.")))
                .required(List.of("type", "title", "status"));
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
