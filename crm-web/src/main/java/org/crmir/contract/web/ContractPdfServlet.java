package org.crmir.contract.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmir.contract.ContractPdfService;
import org.crmir.report.RenderedPdf;
import org.crmir.shared.NotFoundException;

/**
 * {@code /contract-pdf/7}: a contract's PDF, shown in the browser, or downloaded with {@code ?download=true}.
 * Behind sign-in like every page.
 */
@WebServlet("/contract-pdf/*")
public class ContractPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})");

    @EJB
    private transient ContractPdfService pdfs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RenderedPdf pdf;
        try {
            pdf = pdfs.pdf(Long.parseLong(path.group(1)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean download = "true".equals(request.getParameter("download"));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\""
                + pdf.fileName() + "\"");
        response.setContentLength(pdf.content().length);
        response.getOutputStream().write(pdf.content());
    }
}
