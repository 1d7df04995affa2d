package org.crmir.report.web;

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
import org.crmir.document.RenderedPdf;
import org.crmir.invoice.InvoicePdfService;
import org.crmir.payment.ReceiptNotReadyException;
import org.crmir.payment.ReceiptPdfService;
import org.crmir.payment.ReceiptStatus;
import org.crmir.quote.QuotePdfService;
import org.crmir.shared.NotFoundException;

/**
 * {@code /pdf/invoice/7}, {@code /pdf/quote/3}, {@code /pdf/credit-note/2}, {@code /pdf/receipt/5} (a payment's
 * receipt), {@code /pdf/contract/4}: the document's PDF, shown in the
 * browser, or downloaded with {@code ?download=true}. Behind sign-in like every page. Without sign-in, for the
 * holder of a public link only: {@code /public/pdf/invoice?token=<pay token>} and
 * {@code /public/pdf/quote?token=<quote token>}, offered on the pay and accept pages.
 */
@WebServlet({"/pdf/*", "/public/pdf/*"})
public class DocumentPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(invoice|quote|credit-note|receipt|contract)/([0-9]{1,18})");
    private static final Pattern PUBLIC_PATH = Pattern.compile("/(invoice|quote)");

    @EJB
    private transient InvoicePdfService invoices;

    @EJB
    private transient QuotePdfService quotes;

    @EJB
    private transient ReceiptPdfService receipts;

    @EJB
    private transient ContractPdfService contracts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean byToken = "/public/pdf".equals(request.getServletPath());
        Matcher path = (byToken ? PUBLIC_PATH : PATH).matcher(request.getPathInfo() == null ? ""
                : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RenderedPdf pdf;
        try {
            pdf = byToken ? byToken(path.group(1), request.getParameter("token")) : byId(path.group(1),
                    Long.parseLong(path.group(2)));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (ReceiptNotReadyException e) {
            notReady(response, e);
            return;
        }
        boolean download = "true".equals(request.getParameter("download"));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\""
                + pdf.fileName() + "\"");
        response.setContentLength(pdf.content().length);
        response.getOutputStream().write(pdf.content());
    }

    private RenderedPdf byId(String kind, long id) {
        return switch (kind) {
            case "invoice" -> invoices.invoicePdf(id);
            case "quote" -> quotes.quotePdf(id);
            case "receipt" -> receipts.receiptPdf(id);
            case "contract" -> contracts.pdf(id);
            default -> invoices.creditNotePdf(id);
        };
    }

    /**
     * A receipt still being prepared (202, the page looks again every two seconds) or that could not be prepared
     * (409): a short page that says which, never an error page.
     */
    private static void notReady(HttpServletResponse response, ReceiptNotReadyException e) throws IOException {
        boolean preparing = e.state().status() == ReceiptStatus.PREPARING;
        response.setStatus(preparing ? HttpServletResponse.SC_ACCEPTED : HttpServletResponse.SC_CONFLICT);
        if (preparing) {
            response.setHeader("Refresh", "2");
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String words = e.getMessage().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>"
                + e.state().number() + "</title></head><body><p>" + words + (preparing ? "; this page opens it"
                + " as soon as it is ready." : ".") + "</p></body></html>");
    }

    /** An unknown or malformed token is simply "not found", as on the pages behind the links. */
    private RenderedPdf byToken(String kind, String token) {
        return "invoice".equals(kind) ? invoices.invoicePdfForPayToken(token) : quotes.quotePdfForToken(token);
    }
}
