package io.gigafab.gateway.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.recipe.DownloadStatus;
import io.gigafab.events.recipe.RecipeDownload;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.events.recipe.Setpoint;
import io.gigafab.gateway.GatewayMetrics;
import io.gigafab.gateway.config.KafkaSettings;
import io.gigafab.simulator.EquipmentServer;
import io.gigafab.stack.LocalKafka;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recipe downloads from Kafka to the simulated line and their results back, all real. */
class RecipeDownloadServiceTest {

    @TempDir static Path kafkaDir;

    private static LocalKafka kafka;
    private static EquipmentServer line;
    private static OpcUaClient client;

    @BeforeAll
    static void start() throws Exception {
        kafka = LocalKafka.start(kafkaDir);
        line = EquipmentServer.builder().port(0).start();
        client = OpcUaClient.create(line.endpointUrl());
        client.connect();
    }

    @AfterAll
    static void stop() throws Exception {
        client.disconnect();
        line.close();
        kafka.close();
        Stack.releaseSharedResources();
    }

    @Test
    void downloadsForThisGatewaysMachinesAreWrittenAndAnswered() throws Exception {
        GatewayMetrics metrics = new GatewayMetrics();
        RecipeDownload good =
                SetpointWriterTest.download(new Setpoint("line_speed", 42.0, "m/min"));
        RecipeDownload outOfRange =
                SetpointWriterTest.download(new Setpoint("line_speed", 999.0, "m/min"));
        RecipeDownload expired =
                new RecipeDownload(
                        UUID.randomUUID(),
                        SetpointWriterTest.CALENDER,
                        "X",
                        1,
                        Instant.now().minus(Duration.ofHours(2)),
                        "demo-engineer",
                        List.of(new Setpoint("line_speed", 44.0, "m/min")));
        var settings =
                new KafkaSettings(
                        kafka.bootstrapServers(),
                        "test-gateway",
                        null,
                        null,
                        null,
                        "recipes-" + UUID.randomUUID());

        try (var service =
                new RecipeDownloadService(
                        settings,
                        id ->
                                "CAL-C01".equals(id)
                                        ? Optional.of(new BrowsePathAccess(client))
                                        : Optional.empty(),
                        new SetpointWriter("Recipe", Clock.systemUTC()),
                        metrics,
                        Clock.systemUTC())) {
            service.start();
            publish(good, outOfRange, expired);
            List<RecipeDownloadResult> results = results(3);

            assertThat(results)
                    .extracting(RecipeDownloadResult::downloadId)
                    .containsExactly(
                            good.downloadId(), outOfRange.downloadId(), expired.downloadId());
            assertThat(results)
                    .extracting(RecipeDownloadResult::status)
                    .containsExactly(
                            DownloadStatus.ACCEPTED,
                            DownloadStatus.REJECTED,
                            DownloadStatus.REJECTED);
            assertThat(results.get(2).message()).contains("expired");
            assertThat(line.line().station("CAL-C01").setpoints().get("line_speed"))
                    .isEqualTo(42.0);
            assertThat(
                            metrics.count(
                                    "gigafab_gateway_recipe_downloads_total",
                                    "status=\"ACCEPTED\""))
                    .isEqualTo(1);
        }
    }

    private static void publish(RecipeDownload... downloads) throws Exception {
        try (var producer =
                new KafkaProducer<>(
                        Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                        new StringSerializer(),
                        new ByteArraySerializer())) {
            for (RecipeDownload download : downloads) {
                producer.send(
                                new ProducerRecord<>(
                                        Topics.RECIPE_DOWNLOADS,
                                        download.kafkaKey(),
                                        EventJson.toBytes(download)))
                        .get();
            }
        }
    }

    private static List<RecipeDownloadResult> results(int expected) {
        Map<String, Object> config =
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "results-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest");
        List<RecipeDownloadResult> results = new ArrayList<>();
        try (var consumer =
                new KafkaConsumer<>(
                        config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RECIPE_DOWNLOAD_RESULTS));
            Instant deadline = Instant.now().plusSeconds(60);
            while (results.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500))
                        .forEach(
                                r ->
                                        results.add(
                                                EventJson.fromJson(
                                                        r.value(), RecipeDownloadResult.class)));
            }
        }
        return results;
    }
}
