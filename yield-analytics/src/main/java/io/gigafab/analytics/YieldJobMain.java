package io.gigafab.analytics;

import io.gigafab.analytics.sink.AnalyticsTables;
import io.gigafab.analytics.sink.CopySink;
import io.gigafab.analytics.sink.JdbcSettings;
import io.gigafab.analytics.spc.RecipeLimits;
import io.gigafab.events.Topics;
import io.gigafab.recipes.RecipeLibrary;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the yield-analytics job: {@code --local} runs it on an embedded MiniCluster in this JVM
 * (the demo's local stack); without it the job is submitted to the cluster it runs in (application
 * mode on Kubernetes: the Flink operator calls this class). See {@link JobOptions} for the
 * settings.
 */
public final class YieldJobMain {

    private static final Logger LOG = LoggerFactory.getLogger(YieldJobMain.class);

    private YieldJobMain() {}

    public static void main(String[] args) throws Exception {
        JobOptions options = JobOptions.parse(args, System.getenv());
        LOG.info(
                "Starting yield analytics ({}), Kafka {}, database {}, roll correlation after {}"
                        + " cells every {}",
                options.local() ? "local MiniCluster" : "cluster",
                options.kafkaBootstrap(),
                options.jdbcUrl(),
                options.rollMinCells(),
                options.rollEvaluationInterval());
        StreamExecutionEnvironment env = environment(options);
        job(options).build(env);
        env.execute("gigafab-yield-analytics");
    }

    /** The job wired to Kafka and PostgreSQL as the options say. */
    public static YieldJob job(JobOptions options) {
        RecipeLimits recipes = RecipeLimits.of(RecipeLibrary.loadFromClasspath());
        JdbcSettings jdbc =
                new JdbcSettings(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword());
        int batch = options.batchSize();
        AnalyticsSinks sinks =
                new AnalyticsSinks(
                        KafkaConnections.insightSink(options.kafkaBootstrap()),
                        new CopySink<>(jdbc, AnalyticsTables.MEASUREMENTS, batch),
                        new CopySink<>(jdbc, AnalyticsTables.SPC_POINTS, batch),
                        new CopySink<>(jdbc, AnalyticsTables.YIELD_WINDOWS, batch),
                        new CopySink<>(jdbc, AnalyticsTables.CORRELATIONS, batch));
        return new YieldJob(
                KafkaConnections.source(options.kafkaBootstrap(), Topics.MEASUREMENTS),
                KafkaConnections.source(options.kafkaBootstrap(), Topics.UNIT_EVENTS),
                sinks,
                AnalyticsSettings.defaults(recipes).withCorrelation(options.correlation()));
    }

    static StreamExecutionEnvironment environment(JobOptions options) {
        Configuration config = new Configuration();
        if (options.checkpointDir() != null) {
            config.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, options.checkpointDir());
        }
        StreamExecutionEnvironment env;
        if (options.local()) {
            config.set(RestOptions.BIND_PORT, Integer.toString(options.restPort()));
            int parallelism =
                    options.parallelism() > 0
                            ? options.parallelism()
                            : Runtime.getRuntime().availableProcessors();
            env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, config);
        } else {
            env = StreamExecutionEnvironment.getExecutionEnvironment(config);
            if (options.parallelism() > 0) {
                env.setParallelism(options.parallelism());
            }
        }
        env.enableCheckpointing(options.checkpointInterval().toMillis());
        // operators never keep or modify their input records: chained operators may share them
        env.getConfig().enableObjectReuse();
        return env;
    }
}
