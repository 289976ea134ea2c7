package io.gigafab.mes;

import io.gigafab.stack.LocalKafka;
import io.gigafab.stack.LocalPostgres;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real servers every MES test talks to: PostgreSQL from embedded binaries and a KRaft Kafka
 * broker, started once for the whole test run.
 */
@QuarkusTestResource(MesTestStack.class)
public class MesTestStack implements QuarkusTestResourceLifecycleManager {

    private static LocalPostgres postgres;
    private static LocalKafka kafka;

    @Override
    public Map<String, String> start() {
        try {
            Path workDir = Files.createTempDirectory("mes-test-stack");
            postgres = LocalPostgres.start(0, workDir);
            kafka = LocalKafka.start(workDir);
        } catch (Exception e) {
            throw new IllegalStateException("The MES test stack did not start", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url",
                postgres.jdbcUrl(),
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres",
                "gigafab.kafka.bootstrap-servers",
                kafka.bootstrapServers());
    }

    /** The broker, for tests that read what the MES published or publish what it consumes. */
    public static String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The database, for tests that look underneath the API (e.g. tamper with audit rows). */
    public static String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    @Override
    public void stop() {
        try {
            if (kafka != null) {
                kafka.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not stop", e);
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
