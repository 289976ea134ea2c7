package io.gigafab.events.equipment;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * A job on the machine finished, with its counts of good and bad parts, e.g. a stacker job of 480
 * cells with 6 rejected for overhang.
 *
 * @param jobId the job (order) id on the machine
 * @param result how the job finished
 * @param goodCount good parts produced, &ge; 0
 * @param badCount rejected parts, &ge; 0
 */
public record JobResult(
        UUID eventId,
        EquipmentRef equipment,
        Instant occurredAt,
        String jobId,
        JobOutcome result,
        long goodCount,
        long badCount)
        implements EquipmentEvent {

    public JobResult {
        Require.nonNull(eventId, "JobResult.eventId");
        Require.nonNull(equipment, "JobResult.equipment");
        Require.nonNull(occurredAt, "JobResult.occurredAt");
        Require.text(jobId, "JobResult.jobId");
        Require.nonNull(result, "JobResult.result");
        Require.atLeast(goodCount, 0, "JobResult.goodCount");
        Require.atLeast(badCount, 0, "JobResult.badCount");
    }
}
