package io.gigafab.analytics.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.analytics.JobOptions;
import io.gigafab.analytics.genealogy.CorrelationSettings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyFormatTest {

    @Test
    void copyTextEscapesAndWritesNulls() {
        StringBuilder text = new StringBuilder();
        CopyLine line = new CopyLine(text);
        line.text("a\tb\\c\nd").text(null).number(Double.NaN).number(1.5).optionalInteger(0);
        line.integer(3).time(0);
        line.end();

        assertThat(text.toString())
                .isEqualTo("a\\tb\\\\c\\nd\t\\N\t\\N\t1.5\t\\N\t3\t1970-01-01T00:00:00Z\n");
    }

    @Test
    void replayedRowsAreIgnoredOrOverwrittenByKey() {
        assertThat(CopySink.upsert(AnalyticsTables.MEASUREMENTS, "stage_m"))
                .startsWith("insert into analytics_measurement (sampled_at, equipment_id, tag,")
                .contains("select distinct on (equipment_id, tag, sampled_at)")
                .endsWith("on conflict (equipment_id, tag, sampled_at) do nothing");
        assertThat(CopySink.upsert(AnalyticsTables.YIELD_WINDOWS, "stage_y"))
                .contains("do update set line_id = excluded.line_id, passed = excluded.passed")
                .doesNotContain("window_kind = excluded");
    }

    @Test
    void paretoIsAJsonObject() {
        Map<String, Long> pareto = new LinkedHashMap<>();
        pareto.put("LOW_CAPACITY", 3L);
        pareto.put("ODD\"CODE", 1L);

        assertThat(AnalyticsTables.json(pareto))
                .isEqualTo("{\"LOW_CAPACITY\":3,\"ODD\\\"CODE\":1}");
        assertThat(AnalyticsTables.json(Map.of())).isEqualTo("{}");
    }

    @Test
    void optionsComeFromArgumentsBeforeTheEnvironment() {
        JobOptions options =
                JobOptions.parse(
                        new String[] {
                            "--kafka",
                            "k:9092",
                            "--local",
                            "--parallelism",
                            "2",
                            "--roll-min-cells",
                            "40"
                        },
                        Map.of(
                                "GIGAFAB_KAFKA_BOOTSTRAP", "ignored:1",
                                "GIGAFAB_JDBC_URL", "jdbc:postgresql://db/mes",
                                "GIGAFAB_CHECKPOINT_INTERVAL", "10S",
                                "GIGAFAB_ROLL_EVALUATION_INTERVAL", "1M",
                                "GIGAFAB_REST_PORT", "18081"));

        assertThat(options.kafkaBootstrap()).isEqualTo("k:9092");
        assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://db/mes");
        assertThat(options.jdbcUser()).isEqualTo("gigafab");
        assertThat(options.parallelism()).isEqualTo(2);
        assertThat(options.local()).isTrue();
        assertThat(options.checkpointInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.restPort()).isEqualTo(18081);
        assertThat(options.correlation().minCells()).isEqualTo(40);
        assertThat(options.correlation().evaluationInterval()).isEqualTo(Duration.ofMinutes(1));
        JobOptions defaults = JobOptions.parse(new String[0], Map.of());
        assertThat(defaults.local()).isFalse();
        assertThat(defaults.restPort()).isZero();
        assertThat(defaults.correlation()).isEqualTo(CorrelationSettings.defaults());
    }
}
