package io.gigafab.analytics;

import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.insight.YieldInsight;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * The Kafka ends of the job: the two input topics as JSON strings (offsets in Flink's checkpoints,
 * committed to the group for monitoring; a new group starts from the earliest offset) and the
 * insights topic (at-least-once; the insight id is derived from the finding, so the MES, which
 * stores insights by id, keeps one copy of a replayed insight).
 */
public final class KafkaConnections {

    public static final String GROUP_ID = "gigafab-yield-analytics";

    private KafkaConnections() {}

    /** An unbounded source of one topic. */
    public static KafkaSource<String> source(String bootstrapServers, String topic) {
        return builder(bootstrapServers, topic).build();
    }

    /**
     * A source replaying a topic from its start (tests, benchmark); bounded: it stops at the
     * offsets the topic has when the job starts.
     */
    public static KafkaSource<String> replay(
            String bootstrapServers, String topic, boolean bounded) {
        KafkaSourceBuilder<String> builder =
                builder(bootstrapServers, topic).setStartingOffsets(OffsetsInitializer.earliest());
        return bounded ? builder.setBounded(OffsetsInitializer.latest()).build() : builder.build();
    }

    private static KafkaSourceBuilder<String> builder(String bootstrapServers, String topic) {
        return KafkaSource.<String>builder()
                .setBootstrapServers(bootstrapServers)
                .setTopics(topic)
                .setGroupId(GROUP_ID)
                .setStartingOffsets(
                        OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setValueOnlyDeserializer(new SimpleStringSchema());
    }

    public static KafkaSink<YieldInsight> insightSink(String bootstrapServers) {
        KafkaRecordSerializationSchema<YieldInsight> schema =
                KafkaRecordSerializationSchema.<YieldInsight>builder()
                        .setTopic(Topics.YIELD_INSIGHTS)
                        .setKeySerializationSchema(new InsightKey())
                        .setValueSerializationSchema(new InsightJson())
                        .build();
        return KafkaSink.<YieldInsight>builder()
                .setBootstrapServers(bootstrapServers)
                .setRecordSerializer(schema)
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** The Kafka key of an insight: its line. */
    static final class InsightKey implements SerializationSchema<YieldInsight> {
        @Override
        public byte[] serialize(YieldInsight insight) {
            return insight.kafkaKey().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The insight as JSON, the {@code events} v1 contract. */
    static final class InsightJson implements SerializationSchema<YieldInsight> {
        @Override
        public byte[] serialize(YieldInsight insight) {
            return EventJson.toBytes(insight);
        }
    }
}
