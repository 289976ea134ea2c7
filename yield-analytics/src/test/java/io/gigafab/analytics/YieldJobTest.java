package io.gigafab.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.EventJson;
import io.gigafab.events.unit.Scrapped;
import io.gigafab.events.unit.TrackOutResult;
import io.gigafab.events.unit.TrackedOut;
import io.gigafab.events.unit.UnitRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the whole yield job on a Flink MiniCluster with unit events as JSON, as on Kafka. */
class YieldJobTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final Instant SHIFT_START = Instant.parse("2026-11-20T06:00:00Z");
    private static final EquipmentRef STACKER =
            new EquipmentRef("gf1", "assembly", "L1", "STACK-01", EquipmentClass.STACKER);

    /** The events the generator source replays; static because the source is serialised. */
    private static final List<String> EVENTS = new ArrayList<>();

    @BeforeEach
    void reset() {
        EVENTS.clear();
        CollectingSink.clear();
    }

    @Test
    void computesFirstPassYieldPerStationAndMinuteInEventTime() throws Exception {
        // Minute 0: 8 pass, 2 fail. Minute 1: 9 pass, 1 rework. Delivered out of order.
        for (int i = 0; i < 10; i++) {
            EVENTS.add(trackOut(60 + i * 5, i == 3 ? TrackOutResult.REWORK : TrackOutResult.PASS));
            EVENTS.add(trackOut(i * 5, i < 2 ? TrackOutResult.FAIL : TrackOutResult.PASS));
        }
        EVENTS.add(scrapped(30)); // not a track-out: ignored
        EVENTS.add(
                "{\"type\":\"TRACKED_OUT\",\"eventId\":\"broken\"}"); // invalid: counted, skipped

        List<StationYield> yields = run();

        assertThat(yields).hasSize(2);
        StationYield first = yields.get(0);
        assertThat(first.equipmentPath()).isEqualTo("gf1/assembly/L1/STACK-01");
        assertThat(first.operation()).isEqualTo("STACKING");
        assertThat(first.windowStart()).isEqualTo(SHIFT_START);
        assertThat(first.windowEnd()).isEqualTo(SHIFT_START.plusSeconds(60));
        assertThat(first.count()).isEqualTo(new YieldCount(8, 2, 0));
        assertThat(first.firstPassYield()).isCloseTo(0.8, within(1e-12));
        assertThat(yields.get(1).count()).isEqualTo(new YieldCount(9, 0, 1));
    }

    private static List<StationYield> run() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        GeneratorFunction<Long, String> replay = index -> EVENTS.get(index.intValue());
        DataGeneratorSource<String> source =
                new DataGeneratorSource<>(replay, EVENTS.size(), Types.STRING);
        new YieldJob(source, new CollectingSink<>(), Duration.ofMinutes(1), Duration.ofMinutes(2))
                .build(env);
        env.execute("yield-job-test");
        List<StationYield> yields = new ArrayList<>(CollectingSink.received());
        yields.sort(Comparator.comparing(StationYield::windowStart));
        return yields;
    }

    private static String trackOut(int secondsIntoShift, TrackOutResult result) {
        return EventJson.toJson(
                new TrackedOut(
                        UUID.randomUUID(),
                        SHIFT_START.plusSeconds(secondsIntoShift),
                        UnitRef.cell("C-" + UUID.randomUUID()),
                        STACKER,
                        "op-anna",
                        "PO-1001",
                        "STACKING",
                        result,
                        result == TrackOutResult.FAIL ? List.of("HIPOT_FAIL") : List.of(),
                        Map.of("insulationMOhm", 312.0)));
    }

    private static String scrapped(int secondsIntoShift) {
        return EventJson.toJson(
                new Scrapped(
                        UUID.randomUUID(),
                        SHIFT_START.plusSeconds(secondsIntoShift),
                        UnitRef.cell("C-x"),
                        STACKER,
                        "op-anna",
                        "PO-1001",
                        "HIPOT_FAIL",
                        List.of("HIPOT_FAIL")));
    }
}
