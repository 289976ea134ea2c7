package io.gigafab.gateway.publish;

import static io.gigafab.gateway.publish.PublishedBatches.machine;
import static io.gigafab.gateway.publish.PublishedBatches.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.SampleValue;
import io.gigafab.gateway.config.BatchSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Batching per machine by size and age, and the bounded hand-off in front of it. */
class MeasurementBatcherTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:15:30Z");
    private static final long MS = 1_000_000;

    private final List<MeasurementBatch> closed = new ArrayList<>();
    private final MeasurementBatcher batcher =
            new MeasurementBatcher(
                    new BatchSettings(3, 100), Clock.fixed(NOW, ZoneOffset.UTC), closed::add);

    @Test
    void aMachinesBatchClosesAtMaxSamplesWithItsSamplesInOrder() {
        for (int i = 0; i < 7; i++) {
            batcher.add(machine("COAT-C01"), sample(i), 0);
            batcher.add(machine("CAL-C01"), sample(100 + i), 0);
        }

        assertThat(closed).hasSize(4);
        assertThat(closed).allSatisfy(b -> assertThat(b.samples()).hasSize(3));
        assertThat(closed).allSatisfy(b -> assertThat(b.producedAt()).isEqualTo(NOW));
        assertThat(values("COAT-C01")).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(values("CAL-C01")).containsExactly(100L, 101L, 102L, 103L, 104L, 105L);
        assertThat(closed.stream().map(MeasurementBatch::batchId).distinct()).hasSize(4);
        assertThat(batcher.openBatches()).isEqualTo(2);
    }

    @Test
    void aBatchClosesWhenItIsMaxDelayOld() {
        batcher.add(machine("COAT-C01"), sample(0), 0);
        batcher.add(machine("CAL-C01"), sample(1), 60 * MS);

        batcher.closeDue(99 * MS);
        assertThat(closed).isEmpty();
        batcher.closeDue(100 * MS);
        assertThat(closed).extracting(b -> b.equipment().equipmentId()).containsExactly("COAT-C01");
        batcher.closeDue(160 * MS);
        assertThat(closed).hasSize(2);
        assertThat(batcher.openBatches()).isZero();
    }

    @Test
    void closeAllFlushesEveryOpenBatch() {
        batcher.add(machine("COAT-C01"), sample(0), 0);
        batcher.add(machine("CAL-C01"), sample(1), 0);
        batcher.closeAll();
        assertThat(closed).hasSize(2);
    }

    @Test
    void aBatchNeverMixesTwoEquipmentReferences() {
        batcher.add(machine("COAT-C01"), sample(0), 0);
        EquipmentRef moved =
                new EquipmentRef("gf1", "electrode", "L2", "COAT-C01", EquipmentClass.COATER);
        batcher.add(moved, sample(1), 0);
        batcher.closeAll();
        assertThat(closed)
                .extracting(MeasurementBatch::equipment)
                .containsExactly(machine("COAT-C01"), moved);
    }

    @Test
    void theHandOffRefusesWithoutWaitingWhenFull() {
        HandOffQueue<Integer> queue = new HandOffQueue<>(2);
        assertThat(queue.offer(1)).isTrue();
        assertThat(queue.offer(2)).isTrue();
        assertThat(queue.offer(3)).isFalse();
        assertThat(queue.size()).isEqualTo(2);
        assertThat(queue.poll()).isEqualTo(1);
        assertThat(queue.offer(4)).isTrue();
        assertThat(List.of(queue.poll(), queue.poll())).containsExactly(2, 4);
        assertThat(queue.poll()).isNull();
    }

    private List<Long> values(String machine) {
        return closed.stream()
                .filter(b -> b.equipment().equipmentId().equals(machine))
                .flatMap(b -> b.samples().stream())
                .map(s -> (long) ((SampleValue.NumberValue) s.value()).number())
                .toList();
    }
}
