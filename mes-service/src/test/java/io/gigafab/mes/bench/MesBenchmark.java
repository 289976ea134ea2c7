package io.gigafab.mes.bench;

import io.gigafab.mes.MesTestStack;
import io.gigafab.mes.PlantFixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Load generator, not a test (excluded from the test run; see the module README): generates a plant
 * history of {@code -Dcells} cells (default 1,000,000), measures containment and genealogy query
 * latency through the REST API, then fires track-outs (each with its Idempotency-Key) from {@code
 * -Dclients} concurrent clients and prints throughput and latency percentiles.
 *
 * <pre>./mvnw -pl mes-service verify -Dtest=MesBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@QuarkusTest
@TestSecurity(
        user = "bench-operator",
        roles = {"operator", "auditor"},
        attributes = @SecurityAttribute(key = "gigafab.lines", value = "L1"))
class MesBenchmark {

    private static final int CELLS = Integer.getInteger("cells", 1_000_000);
    private static final int CLIENTS = Integer.getInteger("clients", 32);
    private static final int TRACK_OUTS = Integer.getInteger("trackOuts", 30_000);
    private static final int QUERIES = 300;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void measure() throws Exception {
        PlantFixture.activateRecipes();
        long start = System.nanoTime();
        int mothers = PlantHistory.generate(MesTestStack.jdbcUrl(), CELLS);
        print(
                "history: %d cells on %d mother rolls generated in %.0f s",
                mothers * 400, mothers, (System.nanoTime() - start) / 1e9);
        Random random = new Random(7);
        Latencies containment = new Latencies(QUERIES);
        Latencies backward = new Latencies(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            int roll = 1 + random.nextInt(mothers);
            int from = random.nextInt(900);
            containment.add(
                    get(
                            "api/genealogy/rolls/RB-"
                                    + roll
                                    + "/cells?fromM="
                                    + from
                                    + "&toM="
                                    + (from + 100)));
            backward.add(get("api/genealogy/CB-" + random.nextInt(mothers * 400) + "/backward"));
        }
        print(
                "containment (cells in 100 m of a mother roll, ~40 cells): %s",
                containment.summary());
        print("backward genealogy of a cell: %s", backward.summary());
        recall(mothers, random);
        trackOuts();
    }

    /** Recall scoping by lot, roll interval, machine and hour, and recipe version. */
    private void recall(int mothers, Random random) throws Exception {
        int lots = (mothers + 9) / 10;
        Latencies byLot = new Latencies(20);
        Latencies byInterval = new Latencies(20);
        Latencies byMachineHour = new Latencies(20);
        for (int i = 0; i < 20; i++) {
            byLot.add(get("api/recall?materialLot=ML-B-" + random.nextInt(lots)));
            int from = random.nextInt(900);
            byInterval.add(
                    get(
                            "api/recall?rollId=RB-"
                                    + (1 + random.nextInt(mothers))
                                    + "&fromM="
                                    + from
                                    + "&toM="
                                    + (from + 100)));
            java.time.Instant start =
                    java.time.Instant.now()
                            .minusSeconds(
                                    3600
                                            + random.nextInt(
                                                    Math.max(
                                                            1, Math.min(CELLS, 2_000_000) - 7200)));
            byMachineHour.add(
                    get(
                            "api/recall?equipmentId=STACK-01&from="
                                    + start
                                    + "&to="
                                    + start.plusSeconds(3600)));
        }
        print(
                "recall by material lot (10 mother rolls, ~4000 cells + modules + packs): %s",
                byLot.summary());
        print("recall by roll interval (100 m): %s", byInterval.summary());
        print("recall by machine and hour (STACK-01): %s", byMachineHour.summary());
        Latencies byRecipe = new Latencies(3);
        for (int i = 0; i < 3; i++) {
            byRecipe.add(get("api/recall?recipeId=LFP-280P-STACKING&recipeVersion=1&limit=10"));
        }
        print("recall by recipe version (250,000 cells + modules + packs): %s", byRecipe.summary());
    }

    private void trackOuts() throws Exception {
        prepareTrackedIn(TRACK_OUTS);
        Latencies latencies = new Latencies(TRACK_OUTS);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(
                    () -> {
                        for (int i = next.getAndIncrement();
                                i < TRACK_OUTS;
                                i = next.getAndIncrement()) {
                            long t0 = System.nanoTime();
                            int status =
                                    post(
                                            "api/units/CT-" + i + "/track-out",
                                            "{\"result\":\"PASS\"}",
                                            "bench-" + i);
                            latencies.add(System.nanoTime() - t0);
                            if (status != 200) {
                                failures.incrementAndGet();
                            }
                        }
                        return null;
                    });
        }
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        print(
                "track-out: %d requests from %d clients in %.1f s = %.0f track-outs/s, %d failed;"
                        + " %s",
                TRACK_OUTS,
                CLIENTS,
                seconds,
                TRACK_OUTS / seconds,
                failures.get(),
                latencies.summary());
    }

    /** Cells tracked in at STACK-01 under the test recipe, ready to be tracked out. */
    private static void prepareTrackedIn(int count) throws Exception {
        try (Connection c = DriverManager.getConnection(MesTestStack.jdbcUrl());
                Statement s = c.createStatement()) {
            s.execute(
                    "insert into unit (id, kind, product_id, order_id, route_id, line_id, status,"
                            + " completed_seq, current_run) select 'CT-' || n, 'CELL', 'LFP-280P',"
                            + " 'PO-L1-0001', 'R-LFP-280P', 'L1', 'IN_PROCESS', 3, 20000000000 + n"
                            + " from generate_series(0, "
                            + (count - 1)
                            + ") n");
            s.execute(
                    "insert into cell (unit_id) select 'CT-' || n from generate_series(0, "
                            + (count - 1)
                            + ") n");
            s.execute(
                    "insert into operation_run (id, unit_id, operation, route_seq, equipment_id,"
                            + " line_id, recipe_id, recipe_version, operator, tracked_in_at) select"
                            + " 20000000000 + n, 'CT-' || n, 'STACKING', 4, 'STACK-01', 'L1',"
                            + " 'LFP-280P-STACKING', 1, 'bench', now() from generate_series(0, "
                            + (count - 1)
                            + ") n");
            s.execute("analyze unit");
        }
    }

    private long get(String path) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - t0;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    path + " answered " + response.statusCode() + ": " + response.body());
        }
        return elapsed;
    }

    private int post(String path, String json, String idempotencyKey) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Content-Type", "application/json")
                                .header("Idempotency-Key", idempotencyKey)
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static void print(String format, Object... args) {
        System.out.println("[benchmark] " + format.formatted(args));
    }
}
