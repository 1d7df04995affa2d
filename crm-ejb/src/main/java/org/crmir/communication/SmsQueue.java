package org.crmir.communication;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/** Puts an SMS on {@code crm.sms}; the container's JMSContext joins the transaction, so it leaves on commit. */
@ApplicationScoped
class SmsQueue {

    static final String ID_PROPERTY = "interactionId";
    /** The kind property, by which the dead-letter watcher knows an SMS that the queue gave up on. */
    static final String KIND_SMS = "sms";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/crm.sms")
    Queue sms;

    void enqueue(long interactionId) {
        jms.createProducer().setProperty(CommunicationService.KIND_PROPERTY, KIND_SMS)
                .setProperty(ID_PROPERTY, interactionId).send(sms, String.valueOf(interactionId));
    }
}
