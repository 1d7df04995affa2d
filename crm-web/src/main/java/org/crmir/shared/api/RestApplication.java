package org.crmir.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API lives under {@code /api}; versions are the next path segment ({@code /api/v1/...}). Its OpenAPI
 * document is made from these resources when the application deploys ({@link ApiDocumentFilter} adds what the
 * code does not say in annotations) and served at {@code /crmir/openapi}; Swagger UI shows it at
 * {@code /crmir/api/docs}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "CRMir API", version = "v1",
                description = "Clients, quotes, invoices, payments, contracts, communication and figures of a CRMir"
                        + " installation. Every call but the payment gateways' webhooks needs a personal API token"
                        + " (made on the profile page) as `Authorization: Bearer <token>`; the caller's roles decide"
                        + " what it may do, as on the screens. Errors are RFC 9457 problem details"
                        + " (`application/problem+json`). Lists are paged with `offset` and `limit`. A create with"
                        + " an `Idempotency-Key` header returns the first result when it is retried."),
        security = @SecurityRequirement(name = ApiDocumentFilter.TOKEN))
@SecurityScheme(securitySchemeName = ApiDocumentFilter.TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from the profile page, or an access token of the company's sign-on"
                + " provider when CRMir is set up for it.")
public class RestApplication extends Application {
}
