package org.crmir.push;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Changes committed on the other nodes of a cluster ({@link ClusterPush}), fired here as {@link PushedElsewhere}
 * so that this node's pages re-read and its kept figures are dropped. Every node has its own subscription to the
 * topic; one session keeps them in order. No transaction: the event reaches its after-commit observers at once.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/topic/crm.push"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PushesFromOtherNodes implements MessageListener {

    private static final Logger LOG = Logger.getLogger(PushesFromOtherNodes.class.getName());

    @Inject
    Event<PushedElsewhere> pushed;

    @Override
    public void onMessage(Message message) {
        try {
            if (ClusterPush.thisNode().equals(message.getStringProperty(ClusterPush.ORIGIN))) {
                return;
            }
            pushed.fire(new PushedElsewhere(PushTopic.valueOf(message.getStringProperty(ClusterPush.TOPIC)),
                    message.getStringProperty(ClusterPush.USER), message.getStringProperty(ClusterPush.DETAIL)));
        } catch (JMSException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "A push from another node could not be read; dropped", e);
        }
    }
}
