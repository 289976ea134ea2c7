package io.gigafab.analytics;

import io.gigafab.analytics.genealogy.CorrelationSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How the job is started, from arguments ({@code --kafka host:9092 --jdbc-url ... --local}) with
 * environment variables as fallback (GIGAFAB_KAFKA_BOOTSTRAP, GIGAFAB_JDBC_URL, GIGAFAB_JDBC_USER,
 * GIGAFAB_JDBC_PASSWORD, GIGAFAB_PARALLELISM, GIGAFAB_CHECKPOINT_DIR, GIGAFAB_CHECKPOINT_INTERVAL,
 * GIGAFAB_COPY_BATCH, GIGAFAB_REST_PORT, GIGAFAB_ROLL_MIN_CELLS, GIGAFAB_ROLL_EVALUATION_INTERVAL).
 *
 * @param kafkaBootstrap Kafka bootstrap servers
 * @param jdbcUrl JDBC URL of the MES database (the V9_1 tables)
 * @param jdbcUser its user
 * @param jdbcPassword its password
 * @param parallelism operator parallelism, 0 = the cluster's default
 * @param checkpointDir checkpoint storage URI, null = the cluster's setting
 * @param checkpointInterval how often to checkpoint
 * @param local run on an embedded MiniCluster in this JVM (demo) instead of submitting
 * @param batchSize rows per COPY batch
 * @param restPort port of the local MiniCluster's REST API (job status), 0 = any free port
 * @param rollMinCells fewest judged cells of a mother roll before its correlation is evaluated
 * @param rollEvaluationInterval event time between evaluations of a roll with new outcomes
 */
public record JobOptions(
        String kafkaBootstrap,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        int parallelism,
        String checkpointDir,
        Duration checkpointInterval,
        boolean local,
        int batchSize,
        int restPort,
        int rollMinCells,
        Duration rollEvaluationInterval) {

    public static JobOptions parse(String[] args, Map<String, String> env) {
        Map<String, String> given = new HashMap<>();
        boolean local = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--local")) {
                local = true;
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                given.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
        }
        return new JobOptions(
                value(given, env, "kafka", "GIGAFAB_KAFKA_BOOTSTRAP", "localhost:9092"),
                value(
                        given,
                        env,
                        "jdbc-url",
                        "GIGAFAB_JDBC_URL",
                        "jdbc:postgresql://localhost:5432/gigafab"),
                value(given, env, "jdbc-user", "GIGAFAB_JDBC_USER", "gigafab"),
                value(given, env, "jdbc-password", "GIGAFAB_JDBC_PASSWORD", "gigafab"),
                Integer.parseInt(value(given, env, "parallelism", "GIGAFAB_PARALLELISM", "0")),
                value(given, env, "checkpoint-dir", "GIGAFAB_CHECKPOINT_DIR", null),
                duration(
                        value(
                                given,
                                env,
                                "checkpoint-interval",
                                "GIGAFAB_CHECKPOINT_INTERVAL",
                                "30S")),
                local,
                Integer.parseInt(value(given, env, "batch-size", "GIGAFAB_COPY_BATCH", "5000")),
                Integer.parseInt(value(given, env, "rest-port", "GIGAFAB_REST_PORT", "0")),
                Integer.parseInt(
                        value(given, env, "roll-min-cells", "GIGAFAB_ROLL_MIN_CELLS", "100")),
                duration(
                        value(
                                given,
                                env,
                                "roll-evaluation-interval",
                                "GIGAFAB_ROLL_EVALUATION_INTERVAL",
                                "5M")));
    }

    /** The correlation settings with this start's minimum cells and evaluation interval. */
    public CorrelationSettings correlation() {
        CorrelationSettings d = CorrelationSettings.defaults();
        return new CorrelationSettings(
                d.binM(),
                d.zThreshold(),
                d.minBins(),
                rollMinCells,
                d.minCellsInside(),
                d.minConfidence(),
                d.minLift(),
                d.minAbsR(),
                rollEvaluationInterval,
                d.idleTimeout());
    }

    /** ISO-8601 duration without the {@code PT}: {@code 30S}, {@code 5M}. */
    private static Duration duration(String text) {
        return Duration.parse("PT" + text);
    }

    private static String value(
            Map<String, String> given,
            Map<String, String> env,
            String option,
            String variable,
            String fallback) {
        String fromArgs = given.get(option);
        if (fromArgs != null) {
            return fromArgs;
        }
        String fromEnv = env.get(variable);
        return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
    }
}
