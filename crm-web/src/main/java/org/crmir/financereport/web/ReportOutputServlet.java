package org.crmir.financereport.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.crmir.financereport.ReportRun;
import org.crmir.financereport.ReportRuns;
import org.crmir.shared.NotFoundException;
import org.crmir.shared.RuleViolationException;

/**
 * {@code /finance/report-output?run=7}: the run's output as stored, as an attachment, for finance and
 * administrators (web.xml guards {@code /finance/*}, the service is the wall). No output (still running, failed,
 * removed after the retention period, its file gone from the output directory): 409 with why, in a line of text.
 */
@WebServlet("/finance/report-output")
public class ReportOutputServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient ReportRuns runs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("run");
        if (id == null || !id.matches("[0-9]{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long runId = Long.parseLong(id);
        ReportRun run;
        try {
            run = runs.downloadable(runId);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(e.getMessage());
            return;
        }
        response.setContentType(run.getFormat().contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(run) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        if (run.getSizeBytes() != null) {
            response.setContentLengthLong(run.getSizeBytes());
        }
        runs.writeOutput(runId, response.getOutputStream());
    }

    /** {@code aged-receivables-7.pdf}. */
    public static String fileName(ReportRun run) {
        return run.getReport().code() + "-" + run.getId() + "." + run.getFormat().extension();
    }
}
