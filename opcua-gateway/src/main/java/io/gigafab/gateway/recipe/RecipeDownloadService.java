package io.gigafab.gateway.recipe;

import io.gigafab.events.EventJson;
import io.gigafab.events.InvalidMessageException;
import io.gigafab.events.Topics;
import io.gigafab.events.recipe.DownloadStatus;
import io.gigafab.events.recipe.RecipeDownload;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.gateway.GatewayMetrics;
import io.gigafab.gateway.config.KafkaSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes recipe downloads for this gateway's machines from {@code gigafab.recipe-downloads.v1},
 * writes them with {@link SetpointWriter} and answers each with a {@code RecipeDownloadResult} on
 * {@code gigafab.recipe-download-results.v1}. An offset is committed only after its result is
 * acknowledged, so a crash repeats a download rather than losing its answer. A download older than
 * {@link #MAX_AGE} is refused: a recipe is never applied long after it was requested.
 */
public final class RecipeDownloadService implements AutoCloseable {

    static final Duration MAX_AGE = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(RecipeDownloadService.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final Function<String, Optional<EquipmentAccess>> machines;
    private final SetpointWriter writer;
    private final GatewayMetrics metrics;
    private final Clock clock;
    private final Thread thread;
    private volatile boolean running = true;

    public RecipeDownloadService(
            KafkaSettings kafka,
            Function<String, Optional<EquipmentAccess>> machines,
            SetpointWriter writer,
            GatewayMetrics metrics,
            Clock clock) {
        this.machines = machines;
        this.writer = writer;
        this.metrics = metrics;
        this.clock = clock;
        this.consumer =
                new KafkaConsumer<>(
                        consumerConfig(kafka),
                        new StringDeserializer(),
                        new ByteArrayDeserializer());
        this.producer =
                new KafkaProducer<>(
                        producerConfig(kafka), new StringSerializer(), new ByteArraySerializer());
        this.thread = new Thread(this::run, "gigafab-gateway-recipes");
        metrics.describe(
                "gigafab_gateway_recipe_downloads_total", "Recipe downloads answered, by status");
    }

    public void start() {
        consumer.subscribe(List.of(Topics.RECIPE_DOWNLOADS));
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record :
                        consumer.poll(Duration.ofMillis(500))) {
                    handle(record);
                }
                consumer.commitSync();
            }
        } catch (WakeupException stopping) {
            // close() was called
        } catch (RuntimeException e) {
            log.error("Recipe download consumer stopped", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        RecipeDownload download;
        try {
            download = EventJson.fromJson(record.value(), RecipeDownload.class);
        } catch (InvalidMessageException e) {
            metrics.increment("gigafab_gateway_recipe_downloads_invalid_total");
            log.warn(
                    "Skipped an invalid recipe download at offset {}: {}",
                    record.offset(),
                    e.getMessage());
            return;
        }
        Optional<EquipmentAccess> access = machines.apply(download.equipment().equipmentId());
        if (access.isEmpty()) {
            log.debug(
                    "Recipe download {} is for {}, not a machine of this gateway",
                    download.downloadId(),
                    download.equipment().equipmentId());
            return;
        }
        answer(apply(download, access.get()));
    }

    private RecipeDownloadResult apply(RecipeDownload download, EquipmentAccess access) {
        if (download.requestedAt().isBefore(clock.instant().minus(MAX_AGE))) {
            return new RecipeDownloadResult(
                    download.downloadId(),
                    download.equipment(),
                    clock.instant(),
                    DownloadStatus.REJECTED,
                    List.of(),
                    "download expired: requested "
                            + download.requestedAt()
                            + ", older than "
                            + MAX_AGE.toMinutes()
                            + " min");
        }
        RecipeDownloadResult result = writer.download(download, access);
        log.info(
                "Recipe {} v{} to {}: {}{}",
                download.recipeId(),
                download.recipeVersion(),
                download.equipment().equipmentId(),
                result.status(),
                result.message() == null ? "" : " (" + result.message() + ")");
        return result;
    }

    private void answer(RecipeDownloadResult result) {
        metrics.increment(
                "gigafab_gateway_recipe_downloads_total", "status=\"" + result.status() + "\"", 1);
        try {
            producer.send(
                            new ProducerRecord<>(
                                    result.topic(), result.kafkaKey(), EventJson.toBytes(result)))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "could not publish recipe download result " + result.downloadId(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted publishing " + result.downloadId(), e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
        producer.close(Duration.ofSeconds(5));
    }

    private static Map<String, Object> consumerConfig(KafkaSettings kafka) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                kafka.recipeGroupId(),
                ConsumerConfig.CLIENT_ID_CONFIG,
                kafka.clientId() + "-recipes",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                50);
    }

    private static Map<String, Object> producerConfig(KafkaSettings kafka) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG,
                kafka.clientId() + "-recipe-results",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.ACKS_CONFIG,
                "all");
    }
}
