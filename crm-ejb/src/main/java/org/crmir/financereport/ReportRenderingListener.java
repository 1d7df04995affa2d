package org.crmir.financereport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.crmir.identity.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Renders the runs queued on {@code crm.reports}. At most {@code CRMIR_REPORT_CONCURRENCY} (default 2) render at
 * once on a server: the MDB's sessions, set in {@code META-INF/jboss-ejb3.xml} where the variable is read; the rest
 * wait on the queue. Not in a transaction: a rendering may take longer than any transaction timeout, and its steps
 * commit on their own ({@link ReportRunSteps}). The message is acknowledged when this returns; a throw (the
 * database could not record anything) makes the broker deliver it again, and a run found DONE is not rendered again.
 */
@MessageDriven(name = "ReportRenderingListener", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/crm.reports"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = "kind = 'report'")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Role.Names.FINANCE)
@RunAsPrincipal("reports")
@PermitAll // the broker delivers as nobody; with @RunAs present, an unannotated onMessage would be denied
public class ReportRenderingListener implements MessageListener {

    @Inject
    ReportRendering rendering;

    @Override
    public void onMessage(Message message) {
        long runId;
        try {
            runId = message.getLongProperty(ReportRuns.RUN_PROPERTY);
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable message on crm.reports", e);
        }
        rendering.render(runId);
    }
}
