package org.crmir.shared.web;

import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page (web.xml) for refusals made before any page or resource runs: 401 from the authentication
 * mechanism and 503 while the database is out of reach. The API gets problem+json, a browser a short page that
 * needs neither Faces nor the database. The refusal's detail travels as a request attribute.
 */
@WebServlet("/refused")
public class ErrorStatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String DETAIL = "org.crmir.refusalDetail";

    /**
     * For an authentication mechanism: sets the status and leaves the body to this servlet, which the container
     * dispatches to when it answers the status with {@code sendError} after the mechanism returns.
     */
    public static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, int status,
            String detail) {
        request.setAttribute(DETAIL, detail);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        response.setStatus(status);
        return AuthenticationStatus.SEND_CONTINUE;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute("jakarta.servlet.error.status_code");
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute("jakarta.servlet.error.request_uri");
        boolean api = uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
        String detail = request.getAttribute(DETAIL) instanceof String given ? given
                : status == HttpServletResponse.SC_SERVICE_UNAVAILABLE ? DatabaseUnavailable.DETAIL
                : status == HttpServletResponse.SC_UNAUTHORIZED ? "Sign in first." : "There is no such page.";
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE && response.getHeader("Retry-After") == null) {
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        response.setStatus(status);
        String title = status == HttpServletResponse.SC_SERVICE_UNAVAILABLE ? "Service unavailable"
                : status == HttpServletResponse.SC_UNAUTHORIZED ? "Unauthorized" : "Not found";
        if (api) {
            response.setContentType("application/problem+json");
            response.getOutputStream().write(Json.createObjectBuilder().add("type", "about:blank")
                    .add("title", title).add("status", status).add("detail", detail).build().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>" + title
                + " · CRMir</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/jakarta.faces.resource/crmir/crmir.css.xhtml\"/></head><body><div class=\"crm-login\"><h1>"
                + title + "</h1><p id=\"refusal\">" + escape(detail) + "</p><p><a href=\"" + request.getContextPath()
                + "/dashboard.xhtml\">Try again</a></p></div></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
