package org.crmir.financereport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
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

    @EJB
    ReportRunSteps steps;

    @Override
    public void onMessage(Message message) {
        try {
            steps.fail(message.getLongProperty(ReportRuns.RUN_PROPERTY), "Every attempt to render it failed"
                    + " (see the server log); run it again");
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable dead letter of a report run", e);
        }
    }
}
