package io.gigafab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.ProductionContext;
import io.gigafab.events.measurement.Quality;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.recipe.DownloadStatus;
import io.gigafab.events.recipe.RecipeDownload;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.events.recipe.Setpoint;
import io.gigafab.stack.LocalKafka;
import io.gigafab.stack.ServiceProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated line and the gateway as their own JVMs, as in production, talking OPC UA over TCP;
 * the gateway publishes to a real Kafka broker. What the MES and the analytics will read arrives
 * with its production context, faults arrive as Bad quality, and recipes go down and back.
 */
class LineToKafkaTest {

    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir static Path work;

    private static LocalKafka kafka;
    private static ServiceProcess simulator;
    private static ServiceProcess gateway;
    private static String control;
    private static final List<MeasurementBatch> batches = new CopyOnWriteArrayList<>();
    private static final List<RecipeDownloadResult> results = new CopyOnWriteArrayList<>();
    private static Thread reader;
    private static volatile boolean reading = true;

    @BeforeAll
    static void startTheStack() throws Exception {
        kafka = LocalKafka.start(work);
        int opcPort = freePort();
        int controlPort = freePort();
        int opsPort = freePort();
        control = "http://127.0.0.1:" + controlPort;
        simulator =
                ServiceProcess.start(
                                "line-simulator",
                                jar("line-simulator"),
                                List.of(
                                        "--port",
                                        Integer.toString(opcPort),
                                        ROOT.resolve("line-simulator/lines/lfp-demo.yaml")
                                                .toString()),
                                Map.of(
                                        "GIGAFAB_SIMULATOR_CONTROL_PORT",
                                        Integer.toString(controlPort)),
                                work.resolve("logs"))
                        .awaitReady(control + "/status", Duration.ofSeconds(60));
        Path config = gatewayConfig(opcPort, opsPort);
        gateway =
                ServiceProcess.start(
                                "opcua-gateway",
                                jar("opcua-gateway"),
                                List.of(config.toString()),
                                Map.of(),
                                work.resolve("logs"))
                        .awaitReady(
                                "http://127.0.0.1:" + opsPort + "/health", Duration.ofSeconds(60));
        reader = new Thread(LineToKafkaTest::read, "e2e-reader");
        reader.start();
    }

    @AfterAll
    static void stopTheStack() throws Exception {
        reading = false;
        if (reader != null) {
            reader.join(10_000);
        }
        if (gateway != null) {
            gateway.close();
        }
        if (simulator != null) {
            simulator.close();
        }
        kafka.close();
    }

    @Test
    void everyMachineOfTheLineReachesKafkaWithItsProductionContext() {
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(
                        () -> {
                            assertThat(samples("COAT-C01", "coating.CoatWeight"))
                                    .anySatisfy(
                                            s -> {
                                                assertThat(s.quality()).isEqualTo(Quality.GOOD);
                                                assertThat(s.engineeringUnit()).isEqualTo("mg/cm²");
                                                assertThat(s.context().rollId())
                                                        .startsWith("RC-DEMO-");
                                                assertThat(s.context().positionM()).isNotNull();
                                            });
                            assertThat(samples("STACK-01", "stacking.Cathode.StartM"))
                                    .anySatisfy(
                                            s ->
                                                    assertThat(contextOf(s).cellId())
                                                            .startsWith("C-DEMO-"));
                            assertThat(samples("FORM-01", "formation.Tray01.Ch01.Voltage"))
                                    .anySatisfy(
                                            s ->
                                                    assertThat(contextOf(s).trayId())
                                                            .startsWith("FORM-01-T01-"));
                            assertThat(batches)
                                    .extracting(b -> b.equipment().equipmentId())
                                    .contains(
                                            "COAT-A01",
                                            "CAL-C01",
                                            "SLIT-C01",
                                            "FILL-01",
                                            "GRADE-01");
                        });
    }

    @Test
    void aFailedCoatingGaugeArrivesAsBadQualityNotAsANumber() throws Exception {
        HttpResponse<String> injected =
                http(
                        "POST",
                        "/faults",
                        "{\"kind\":\"GAUGE_FAILURE\",\"equipmentId\":\"COAT-A01\",\"durationMinutes\":600}");
        assertThat(injected.statusCode()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () ->
                                assertThat(samples("COAT-A01", "coating.CoatWeight"))
                                        .anySatisfy(
                                                s -> {
                                                    assertThat(s.quality()).isEqualTo(Quality.BAD);
                                                    assertThat(s.statusCode())
                                                            .isEqualTo(0x808C0000L);
                                                    assertThat(s.value()).isNull();
                                                }));
        http("DELETE", "/faults", null);
    }

    @Test
    void aRecipeDownloadIsWrittenToTheMachineAndAnswered() throws Exception {
        EquipmentRef calender =
                new EquipmentRef("gf1", "electrode", "L1", "CAL-A01", EquipmentClass.CALENDER);
        RecipeDownload download =
                new RecipeDownload(
                        UUID.randomUUID(),
                        calender,
                        "LFP-280P-CALENDERING-ANODE",
                        1,
                        Instant.now(),
                        "demo-engineer",
                        List.of(new Setpoint("roll_temperature", 55.0, "degC")));
        try (var producer =
                new KafkaProducer<>(
                        Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
                        new StringSerializer(),
                        new ByteArraySerializer())) {
            producer.send(
                            new ProducerRecord<>(
                                    Topics.RECIPE_DOWNLOADS,
                                    download.kafkaKey(),
                                    EventJson.toBytes(download)))
                    .get();
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () ->
                                assertThat(results)
                                        .filteredOn(
                                                r -> r.downloadId().equals(download.downloadId()))
                                        .singleElement()
                                        .satisfies(
                                                r -> {
                                                    assertThat(r.status())
                                                            .isEqualTo(DownloadStatus.ACCEPTED);
                                                    assertThat(r.setpoints().get(0).readBack())
                                                            .isEqualTo(55.0);
                                                }));
    }

    /** The sample's context, failing the assertion (not the test run) when there is none. */
    private static ProductionContext contextOf(Sample sample) {
        assertThat(sample.context()).as("context of %s", sample.tag()).isNotNull();
        return sample.context();
    }

    private static List<Sample> samples(String equipmentId, String tag) {
        return batches.stream()
                .filter(b -> b.equipment().equipmentId().equals(equipmentId))
                .flatMap(b -> b.samples().stream())
                .filter(s -> s.tag().equals(tag))
                .toList();
    }

    private static void read() {
        Map<String, Object> config =
                Map.of(
                        "bootstrap.servers",
                        kafka.bootstrapServers(),
                        "group.id",
                        "e2e-" + UUID.randomUUID(),
                        "auto.offset.reset",
                        "earliest");
        try (var consumer =
                new KafkaConsumer<>(
                        config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.MEASUREMENTS, Topics.RECIPE_DOWNLOAD_RESULTS));
            while (reading) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.topic().equals(Topics.MEASUREMENTS)) {
                        batches.add(EventJson.fromJson(record.value(), MeasurementBatch.class));
                    } else {
                        results.add(EventJson.fromJson(record.value(), RecipeDownloadResult.class));
                    }
                }
            }
        }
    }

    private static Path gatewayConfig(int opcPort, int opsPort) throws IOException {
        ObjectNode config =
                (ObjectNode)
                        YAML.readTree(
                                ROOT.resolve("opcua-gateway/config/line-simulator.yaml").toFile());
        ((ObjectNode) config.get("kafka")).put("bootstrapServers", kafka.bootstrapServers());
        ((ObjectNode) config.get("buffer"))
                .put("directory", work.resolve("gateway-buffer").toString());
        ((ObjectNode) config.get("pki")).put("directory", work.resolve("gateway-pki").toString());
        ((ObjectNode) config.get("ops")).put("port", opsPort);
        ((ObjectNode) config.get("endpoints").get(0))
                .put("url", "opc.tcp://127.0.0.1:" + opcPort + "/gigafab");
        Path file = work.resolve("gateway.yaml");
        YAML.writeValue(file.toFile(), config);
        return file;
    }

    private static HttpResponse<String> http(String method, String path, String json)
            throws Exception {
        HttpRequest.BodyPublisher body =
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json);
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(control + path))
                                .method(method, body)
                                .header("Content-Type", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static Path jar(String module) {
        return ROOT.resolve(module + "/target/gigafab-" + module + "-0.1.0-SNAPSHOT.jar");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
