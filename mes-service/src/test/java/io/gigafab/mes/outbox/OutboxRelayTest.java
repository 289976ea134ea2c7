package io.gigafab.mes.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.unit.HoldPlaced;
import io.gigafab.events.unit.UnitEvent;
import io.gigafab.events.unit.UnitRef;
import io.gigafab.mes.MesTestStack;
import io.gigafab.mes.outbox.PublishedMessages.Published;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {

    @Inject Outbox outbox;
    @Inject OutboxRelayWorker worker;
    @Inject AgroalDataSource dataSource;
    @Inject MeterRegistry registry;

    @Test
    void aCommittedMessageArrivesExactlyOnce() throws Exception {
        HoldPlaced hold = hold("CELL-" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> outbox.append(hold));

        List<String> keys = List.of(hold.kafkaKey());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> waiting(keys) == 0 && !published(keys).isEmpty());

        List<Published> messages = published(keys);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).outboxId()).matches("[0-9]+");
        UnitEvent received =
                EventJson.fromJson(
                        messages.get(0).value().getBytes(StandardCharsets.UTF_8), UnitEvent.class);
        assertThat(received).isEqualTo(hold);
        assertThat(registry.get("gigafab.outbox.relayed").counter().count()).isPositive();
        assertThat(registry.get("gigafab.outbox.backlog").gauge()).isNotNull();
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        HoldPlaced rolledBack = hold("CELL-" + UUID.randomUUID());
        HoldPlaced committedAfter = hold("CELL-" + UUID.randomUUID());
        assertThatThrownBy(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .run(
                                                () -> {
                                                    outbox.append(rolledBack);
                                                    throw new IllegalStateException(
                                                            "track-out refused");
                                                }))
                .hasMessageContaining("track-out refused");
        QuarkusTransaction.requiringNew().run(() -> outbox.append(committedAfter));

        List<String> after = List.of(committedAfter.kafkaKey());
        await().atMost(Duration.ofSeconds(30)).until(() -> published(after).size() == 1);
        assertThat(published(List.of(rolledBack.kafkaKey()))).isEmpty();
        assertThat(waiting(List.of(rolledBack.kafkaKey()))).isZero();
    }

    @Test
    void unreachableKafkaKeepsTheRowsUntilARelayCanDeliverThem() throws Exception {
        worker.stop();
        try {
            List<String> keys = appendHolds(3);
            RelaySettings dead =
                    settings("127.0.0.1:" + closedPort(), "gigafab-outbox-test-dead", 500);
            try (OutboxRelay relay = new OutboxRelay(dead, dataSource)) {
                long started = System.nanoTime();
                assertThatThrownBy(relay::relayBatch).isInstanceOf(KafkaException.class);
                assertThatThrownBy(relay::relayBatch).isInstanceOf(KafkaException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - started))
                        .isLessThan(Duration.ofSeconds(20));
            }
            assertThat(waiting(keys)).isEqualTo(3);
            assertThat(published(keys)).isEmpty();

            try (OutboxRelay relay =
                    new OutboxRelay(live("gigafab-outbox-test-live", 500), dataSource)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> relay.relayBatch() == 0);
            }
            assertThat(waiting(keys)).isZero();
            assertExactlyOnce(keys);
        } finally {
            worker.start();
        }
    }

    @Test
    void aCrashBetweenKafkaCommitAndDeleteIsReconciledWithoutResending() throws Exception {
        worker.stop();
        try {
            List<String> keys = appendHolds(5);
            RelaySettings settings = live("gigafab-outbox-test-crash", 3);
            OutboxRelay crashed = new OutboxRelay(settings, dataSource);
            List<OutboxRow> batch = crashed.nextBatch();
            crashed.sendAndCommit(batch);
            assertThat(waiting(keys)).isEqualTo(5);

            try (OutboxRelay restarted = new OutboxRelay(settings, dataSource)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> restarted.relayBatch() == 0);
            } finally {
                crashed.close();
            }
            assertThat(waiting(keys)).isZero();
            assertExactlyOnce(keys);
        } finally {
            worker.start();
        }
    }

    private void assertExactlyOnce(List<String> keys) {
        Map<String, Long> perKey =
                published(keys).stream()
                        .collect(Collectors.groupingBy(Published::key, Collectors.counting()));
        assertThat(perKey)
                .hasSize(keys.size())
                .allSatisfy((key, count) -> assertThat(count).isOne());
        Map<String, Long> perOutboxId =
                published(keys).stream()
                        .collect(Collectors.groupingBy(Published::outboxId, Collectors.counting()));
        assertThat(perOutboxId.values()).containsOnly(1L);
    }

    private List<String> appendHolds(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HoldPlaced hold = hold("CELL-" + UUID.randomUUID());
            QuarkusTransaction.requiringNew().run(() -> outbox.append(hold));
            keys.add(hold.kafkaKey());
        }
        return keys;
    }

    private static List<Published> published(List<String> keys) {
        return PublishedMessages.withKeys(Topics.UNIT_EVENTS, keys);
    }

    private long waiting(List<String> keys) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count =
                        connection.prepareStatement(
                                "select count(*) from outbox_message where message_key = any(?)")) {
            count.setArray(1, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static RelaySettings live(String transactionalId, int batchSize) {
        return settings(MesTestStack.kafkaBootstrapServers(), transactionalId, batchSize);
    }

    private static RelaySettings settings(String bootstrap, String transactionalId, int batchSize) {
        return new RelaySettings(bootstrap, transactionalId, batchSize, Duration.ofSeconds(2));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static HoldPlaced hold(String cellId) {
        return new HoldPlaced(
                UUID.randomUUID(),
                Instant.parse("2025-03-01T06:00:00Z"),
                UnitRef.cell(cellId),
                null,
                "demo-quality",
                null,
                "HOLD-" + cellId,
                "K-value above 2 mV/day",
                "UNIT",
                null);
    }
}
