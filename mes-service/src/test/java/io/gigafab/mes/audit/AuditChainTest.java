package io.gigafab.mes.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditChainTest {

    private static final String TYPE = "unit";

    @Inject AuditTrail auditTrail;
    @Inject AuditChainVerifier verifier;
    @Inject AuditSealer sealer;

    @Test
    @TestSecurity(
            user = "demo-auditor",
            roles = {"auditor"})
    void recordsAreSealedInOrderAndTheChainVerifies() throws Exception {
        String cell = "CELL-" + UUID.randomUUID();
        record(cell, "TRACK_IN", null, Map.of("station", "STACK-01"));
        record(cell, "TRACK_OUT", Map.of("station", "STACK-01"), Map.of("result", "PASS"));
        record(cell, "GRADED", null, Map.of("grade", "A", "capacityAh", 281.4));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> AuditRows.chainPositions(TYPE, cell).size() == 3);

        given().queryParam("entityType", TYPE)
                .queryParam("entityId", cell)
                .when()
                .get("/api/audit")
                .then()
                .statusCode(200)
                .body("action", equalTo(List.of("GRADED", "TRACK_OUT", "TRACK_IN")))
                .body("sealed", everyItem(equalTo(true)))
                .body("hash", everyItem(matchesPattern("[0-9a-f]{64}")))
                .body("[0].after.grade", equalTo("A"))
                .body("[2].before", nullValue());
        List<Long> positions = new ArrayList<>(AuditRows.chainPositions(TYPE, cell).values());
        assertThat(positions).isSorted();

        given().when()
                .get("/api/audit/verify")
                .then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("firstBrokenPosition", nullValue())
                .body("headHash", matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void everySealedHashFollowsTheDocumentedSqlFormula() throws Exception {
        String cell = "CELL-" + UUID.randomUUID();
        record(cell, "NOTE", null, Map.of("text", "ä→漢 \"quoted\"\nnew line", "n", 1.50));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> AuditRows.chainPositions(TYPE, cell).size() == 1);

        long sealed = AuditRows.count("select count(*) from audit_record where hash is not null");
        long mismatches =
                AuditRows.count(
                        "select count(*) from audit_record where hash is not null and hash <>"
                                + " encode(sha256(convert_to('gigafab-audit-v1' || E'\\n' ||"
                                + " prev_hash || E'\\n' || seq || E'\\n' || to_char(recorded_at"
                                + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') ||"
                                + " E'\\n' || octet_length(actor) || ':' || actor || E'\\n' ||"
                                + " octet_length(action) || ':' || action || E'\\n' ||"
                                + " octet_length(entity_type) || ':' || entity_type || E'\\n' ||"
                                + " octet_length(entity_id) || ':' || entity_id || E'\\n' ||"
                                + " coalesce(octet_length(before::text) || ':' || before::text,"
                                + " '-') || E'\\n' || coalesce(octet_length(after::text) || ':'"
                                + " || after::text, '-') || E'\\n', 'UTF8')), 'hex')");
        assertThat(sealed).isPositive();
        assertThat(mismatches).isZero();
    }

    @Test
    void aCommittedRecordWaitsUntilEveryOlderTransactionHasEnded() throws Exception {
        String cell = "CELL-" + UUID.randomUUID();
        try (Connection older = AuditRows.superuser()) {
            older.setAutoCommit(false);
            AuditRows.execute(
                    older,
                    "insert into audit_record (actor, action, entity_type, entity_id) values"
                            + " ('demo-operator', 'TRACK_IN', 'unit', '"
                            + cell
                            + "')");
            record(cell, "TRACK_OUT", null, Map.of("result", "PASS"));

            sealer.seal();
            assertThat(AuditRows.chainPositions(TYPE, cell)).isEmpty();
            older.commit();
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> AuditRows.chainPositions(TYPE, cell).size() == 2);
        List<Long> positions = new ArrayList<>(AuditRows.chainPositions(TYPE, cell).values());
        assertThat(positions).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void concurrentWritersGiveAGapFreeChainThatVerifies() throws Exception {
        String actor = "load-" + UUID.randomUUID();
        int threads = 8;
        int perThread = 200;
        ExecutorService writers = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String cell = "CELL-" + t;
                done.add(writers.submit(() -> recordMany(actor, cell, perThread)));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                AuditRows.count(
                                                "select count(*) from audit_record where actor = ?"
                                                        + " and hash is not null",
                                                actor)
                                        == threads * perThread);
        double sealSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "audit load: %d records in %.2f s (%.0f/s) by %d writers, all sealed after %.2f"
                        + " s%n",
                threads * perThread,
                writeSeconds,
                threads * perThread / writeSeconds,
                threads,
                sealSeconds);

        long sealed = AuditRows.count("select count(*) from audit_record where hash is not null");
        long head = AuditRows.count("select max(chain_pos) from audit_record");
        long first = AuditRows.count("select min(chain_pos) from audit_record");
        assertThat(first).isEqualTo(1);
        assertThat(head).isEqualTo(sealed);
        ChainVerification verification = verifier.verify();
        assertThat(verification.valid()).as(verification.detail()).isTrue();
        assertThat(verification.sealedRecords()).isGreaterThanOrEqualTo(threads * perThread);
    }

    private void recordMany(String actor, String cell, int count) {
        for (int i = 0; i < count; i++) {
            int step = i;
            QuarkusTransaction.requiringNew()
                    .run(
                            () ->
                                    auditTrail.record(
                                            actor,
                                            "TRACK_OUT",
                                            TYPE,
                                            cell,
                                            null,
                                            Map.of("step", step)));
        }
    }

    void record(String entityId, String action, Object before, Object after) {
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                auditTrail.record(
                                        "demo-operator", action, TYPE, entityId, before, after));
    }
}
