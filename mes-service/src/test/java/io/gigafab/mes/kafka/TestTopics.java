package io.gigafab.mes.kafka;

import io.gigafab.events.TopicMessage;
import io.gigafab.events.kafka.JsonSerializer;
import io.gigafab.mes.MesTestStack;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes to the test broker what the gateway or analytics would publish. */
public final class TestTopics {

    private TestTopics() {}

    public static void publish(TopicMessage message) {
        try (KafkaProducer<String, Object> producer =
                new KafkaProducer<>(properties(JsonSerializer.class))) {
            producer.send(new ProducerRecord<>(message.topic(), message.kafkaKey(), message)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + message, e);
        }
    }

    /** Publishes bytes that are not a valid message, as a broken producer would. */
    public static void publishRaw(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(properties(ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    private static Properties properties(Class<?> valueSerializer) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, MesTestStack.kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return props;
    }
}
