package org.crmir.financereport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.UUID;
import java.util.logging.Logger;
import org.crmir.identity.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Watches {@code crm.DLQ} for report runs the queue gave up on (every attempt ended in a throw: the database could
 * not record the run's steps, or the renderer died) and marks them FAILED, so that the page says so and the run
 * can be run again, instead of showing it queued or running for ever. Takes only reports.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/crm.DLQ"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "kind = 'report'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
@RunAs(Role.Names.FINANCE)
@RunAsPrincipal("reports")
@PermitAll // the broker delivers as nobody; with @RunAs present, an unannotated onMessage would be denied
public class ReportDeadLetters implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ReportDeadLetters.class.getName());

    @EJB
    ReportRunSteps steps;

    @Override
    public void onMessage(Message message) {
        try {
            long runId = message.getLongProperty(ReportRuns.RUN_PROPERTY);
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.severe(() -> "Report run " + runId + ": the queue gave up on it after its last attempt ["
                    + reference + "]; the attempts' failures are logged before this");
            steps.fail(runId, ReportRendering.failureShown(reference));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable dead letter of a report run", e);
        }
    }
}
