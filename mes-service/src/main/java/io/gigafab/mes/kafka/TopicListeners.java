package io.gigafab.mes.kafka;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/** Starts the topic listeners the MES's packages ask for and stops them all on shutdown. */
@ApplicationScoped
public class TopicListeners {

    private static final Logger LOG = Logger.getLogger(TopicListeners.class);

    private final KafkaListenerConfig config;
    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final List<TopicListener<?>> started = new CopyOnWriteArrayList<>();

    TopicListeners(KafkaListenerConfig config, Inbox inbox, DeadLetters deadLetters) {
        this.config = config;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
    }

    /**
     * Starts a listener on its own thread, unless listeners are switched off.
     *
     * @param name the consumer's name: thread name, inbox and dead-letter key
     */
    public <T> void listen(String name, String topic, Class<T> type, MessageHandler<T> handler) {
        if (!config.listeners().enabled()) {
            LOG.infof("Kafka listeners are switched off: not reading %s", topic);
            return;
        }
        TopicListener<T> listener =
                new TopicListener<>(name, topic, type, handler, config, inbox, deadLetters);
        started.add(listener);
        listener.start();
        LOG.infof("Listener %s reads %s from %s", name, topic, config.bootstrapServers());
    }

    void stopAll(@Observes ShutdownEvent event) {
        started.forEach(listener -> listener.stop(Duration.ofSeconds(10)));
        started.clear();
    }
}
