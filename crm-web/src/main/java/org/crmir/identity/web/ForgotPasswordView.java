package org.crmir.identity.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.logging.Logger;
import org.crmir.identity.PasswordLinkService;

/**
 * "Forgot password": asks for an e-mail address and answers the same whether or not an account has it, after the
 * same time (the answer waits until {@link #ANSWER_AFTER} has passed), so that neither the words nor the timing
 * tell which addresses are known.
 */
@Named
@RequestScoped
public class ForgotPasswordView {

    static final Duration ANSWER_AFTER = Duration.ofMillis(600);
    private static final Logger LOG = Logger.getLogger(ForgotPasswordView.class.getName());

    @EJB
    PasswordLinkService links;

    @Inject
    ExternalContext external;

    private String email;
    private boolean sent;

    public void send() throws InterruptedException {
        long started = System.nanoTime();
        try {
            links.requestReset(email, ((HttpServletRequest) external.getRequest()).getRemoteAddr());
        } catch (RuntimeException e) {
            // A failure (a deadlock among parallel requests, the mail queue) must not answer differently from the
            // usual answer, which would tell that the address is known; one line for whoever runs CRMir.
            LOG.warning("A password reset request failed: " + e);
        }
        long left = ANSWER_AFTER.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(left);
        }
        sent = true;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isSent() { return sent; }
}
