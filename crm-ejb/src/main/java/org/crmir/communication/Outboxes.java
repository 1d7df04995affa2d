package org.crmir.communication;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.Optional;

/** Queues a feature's own e-mails on {@code crm.outbound-mail} and finds the {@link Outbox} a message names. */
@ApplicationScoped
public class Outboxes {

    static final String KIND_OUTBOX = "outbox-email";
    static final String OUTBOX_PROPERTY = "outbox";
    static final String MAIL_PROPERTY = "mailId";

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/crm.outbound-mail")
    Queue outboundMail;

    @Inject
    @Any
    Instance<Outbox> outboxes;

    /** Queues e-mail {@code id} of {@code outbox}; it leaves when the caller's transaction commits. */
    public void queue(Outbox outbox, long id) {
        jms.createProducer()
                .setProperty(CommunicationService.KIND_PROPERTY, KIND_OUTBOX)
                .setProperty(OUTBOX_PROPERTY, outbox.name())
                .setProperty(MAIL_PROPERTY, id)
                .send(outboundMail, outbox.name() + " #" + id);
    }

    Optional<Outbox> named(String name) {
        return outboxes.stream().filter(o -> o.name().equals(name)).findFirst();
    }
}
