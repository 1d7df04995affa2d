package org.crmir.shared.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code /api/docs}: Swagger UI over the API's OpenAPI document ({@code /openapi}), from the swagger-ui webjar in
 * the WAR. Public, as the document is: it says what the API accepts, not anything of an installation's data.
 * Started by its own script (resources/crmir/api-docs.js): the page's policy runs no inline script.
 */
@WebServlet("/api/docs")
public class ApiDocsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String WEBJAR = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private String swaggerUi;

    @Override
    public void init() throws ServletException {
        Properties webjar = new Properties();
        try (InputStream in = ApiDocsServlet.class.getClassLoader().getResourceAsStream(WEBJAR)) {
            if (in == null) {
                throw new ServletException("The swagger-ui webjar is missing from the WAR (" + WEBJAR + ")");
            }
            webjar.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        swaggerUi = "/webjars/swagger-ui/" + webjar.getProperty("version");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String root = request.getContextPath();
        String assets = root + swaggerUi;
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>CRMir API</title>
                <link rel="icon" href="%1$s/resources/crmir/icons/icon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="%2$s/swagger-ui.css">
                </head>
                <body>
                <div id="swagger-ui" data-document="%1$s/openapi?format=JSON"></div>
                <script src="%2$s/swagger-ui-bundle.js"></script>
                <script src="%1$s/resources/crmir/api-docs.js"></script>
                </body>
                </html>
                """.formatted(root, assets));
    }
}
