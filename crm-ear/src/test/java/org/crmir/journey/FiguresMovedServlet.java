package org.crmir.journey;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only, in the test deployment: {@code POST /it/figures-moved?count=N&gapMillis=G} commits N transactions
 * that move figures, G ms apart, and answers the wall-clock time (ms) at which the last one began: a push that
 * carries the last change leaves after it. Behind
 * the application's sign-in like every page; the browser of the journey calls it in its signed-in session.
 */
@WebServlet("/it/figures-moved")
public class FiguresMovedServlet extends HttpServlet {

    @EJB
    FiguresMovedTrigger trigger;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int count = Math.min(200, Math.max(1, Integer.parseInt(request.getParameter("count"))));
        long gap = Math.min(1_000, Math.max(0, Long.parseLong(request.getParameter("gapMillis"))));
        long lastBegan = 0;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                try {
                    Thread.sleep(gap);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    response.sendError(503);
                    return;
                }
            }
            lastBegan = System.currentTimeMillis();
            trigger.commitAChangeThatMovesFigures();
        }
        response.setContentType("text/plain");
        response.getWriter().print(lastBegan);
    }
}
