package io.gigafab.analytics;

import io.gigafab.analytics.sink.AnalyticsTables;
import io.gigafab.analytics.sink.CopySink;
import io.gigafab.analytics.sink.JdbcSettings;
import io.gigafab.analytics.spc.RecipeLimits;
import io.gigafab.events.EventJson;
import io.gigafab.events.TopicMessage;
import io.gigafab.events.Topics;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.recipes.RecipeLibrary;
import io.gigafab.stack.LocalKafka;
import io.gigafab.stack.LocalPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;

/**
 * The real servers the end-to-end tests run the job against: a KRaft Kafka broker and PostgreSQL
 * with the MES migrations applied by Flyway (the MES owns the schema, including V9_1).
 */
final class TestPlant implements AutoCloseable {

    static final RecipeLimits RECIPES = RecipeLimits.of(RecipeLibrary.loadFromClasspath());

    final LocalKafka kafka;
    final LocalPostgres postgres;

    private TestPlant(LocalKafka kafka, LocalPostgres postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    private static TestPlant shared;

    /** One plant for all end-to-end test classes of this JVM, stopped when the JVM exits. */
    static synchronized TestPlant shared() throws Exception {
        if (shared == null) {
            Path workDir = java.nio.file.Files.createTempDirectory("yield-analytics-plant");
            shared = start(workDir);
            TestPlant plant = shared;
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(
                                    () -> {
                                        try {
                                            plant.close();
                                        } catch (Exception e) {
                                            // the JVM is going away
                                        }
                                    }));
        }
        return shared;
    }

    static TestPlant start(Path workDir) throws Exception {
        LocalPostgres postgres = LocalPostgres.start(0, workDir);
        Flyway.configure()
                .dataSource(postgres.jdbcUrl(), "postgres", "postgres")
                .locations("filesystem:../mes-service/src/main/resources/db/migration")
                .load()
                .migrate();
        return new TestPlant(LocalKafka.start(workDir), postgres);
    }

    JdbcSettings jdbc() {
        return new JdbcSettings(postgres.jdbcUrl(), "postgres", "postgres");
    }

    /** The job's sinks: insights to the real insights topic, series to the real tables. */
    AnalyticsSinks sinks() {
        JdbcSettings jdbc = jdbc();
        return new AnalyticsSinks(
                KafkaConnections.insightSink(kafka.bootstrapServers()),
                new CopySink<>(jdbc, AnalyticsTables.MEASUREMENTS, 500),
                new CopySink<>(jdbc, AnalyticsTables.SPC_POINTS, 500),
                new CopySink<>(jdbc, AnalyticsTables.YIELD_WINDOWS, 500),
                new CopySink<>(jdbc, AnalyticsTables.CORRELATIONS, 500));
    }

    /** Settings for replayed history: all of it may arrive out of order across partitions. */
    static AnalyticsSettings replaySettings() {
        AnalyticsSettings defaults = AnalyticsSettings.defaults(RECIPES);
        return new AnalyticsSettings(
                Duration.ofHours(2),
                Duration.ofSeconds(5),
                defaults.tumblingWindow(),
                defaults.slidingWindow(),
                defaults.slide(),
                defaults.yieldDip(),
                defaults.spcPhaseOne(),
                defaults.correlation(),
                defaults.goodGrades(),
                defaults.stateTimeout(),
                RECIPES);
    }

    void createTopics(String... topics) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            List<NewTopic> created = new ArrayList<>();
            for (String topic : topics) {
                created.add(new NewTopic(topic, 3, (short) 1));
            }
            admin.createTopics(created).all().get();
            // a producer writing right after creation may meet partitions without a leader yet
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> allLed(admin, List.of(topics)));
        }
    }

    private static boolean allLed(Admin admin, List<String> topics) throws Exception {
        return admin.describeTopics(topics).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream())
                .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
    }

    /** Sends messages as the gateway and the MES do: JSON keyed by the message's Kafka key. */
    void produce(String topic, List<? extends TopicMessage> messages) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (var producer =
                new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (TopicMessage message : messages) {
                producer.send(
                        new ProducerRecord<>(topic, message.kafkaKey(), EventJson.toJson(message)));
            }
            producer.flush();
        }
    }

    /** The end offsets of the insights topic: read insights after them. */
    Map<TopicPartition, Long> insightOffsets() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(Topics.YIELD_INSIGHTS)
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            return new HashMap<>(consumer.endOffsets(partitions));
        }
    }

    /** Insights published after the given offsets, up to the current end. */
    List<YieldInsight> insightsAfter(Map<TopicPartition, Long> from) {
        List<YieldInsight> insights = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            Map<TopicPartition, Long> end = consumer.endOffsets(from.keySet());
            while (from.keySet().stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record :
                        consumer.poll(Duration.ofMillis(200))) {
                    insights.add(EventJson.fromJson(record.value(), YieldInsight.class));
                }
            }
        }
        return insights;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    void truncateSeries() throws SQLException {
        update(
                "truncate analytics_measurement, analytics_spc_point, analytics_yield_window,"
                        + " analytics_correlation");
    }

    void update(String sql) throws SQLException {
        try (Connection db = jdbc().connect();
                Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first row of a query, as numbers. */
    List<Double> numbers(String sql) throws SQLException {
        try (Connection db = jdbc().connect();
                Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<Double> values = new ArrayList<>();
            if (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    values.add(rows.getDouble(i));
                }
            }
            return values;
        }
    }

    long count(String sql) throws SQLException {
        return numbers(sql).get(0).longValue();
    }

    @Override
    public void close() throws Exception {
        kafka.close();
        postgres.close();
    }
}
