package io.gigafab.analytics.genealogy;

import java.io.Serializable;
import java.time.Duration;

/**
 * When a roll-metre correlation is strong enough to act on.
 *
 * @param binM bin length along the roll for the value profile, metres
 * @param zThreshold robust z a bin mean must exceed to deviate
 * @param minBins fewest consecutive deviating bins that make an interval
 * @param minCells fewest cells with a known outcome before a roll is judged
 * @param minCellsInside fewest cells inside an interval for a containment suggestion
 * @param minConfidence confidence (1 − p) a finding needs
 * @param minLift how many times the outside failure rate the inside rate must be
 * @param minAbsR smallest |r| for a recipe suggestion
 * @param evaluationInterval event time between evaluations of a roll with new outcomes
 * @param idleTimeout event time after which a silent roll's state is dropped
 */
public record CorrelationSettings(
        double binM,
        double zThreshold,
        int minBins,
        int minCells,
        int minCellsInside,
        double minConfidence,
        double minLift,
        double minAbsR,
        Duration evaluationInterval,
        Duration idleTimeout)
        implements Serializable {

    public static CorrelationSettings defaults() {
        return new CorrelationSettings(
                10.0, 4.0, 2, 100, 10, 0.99, 2.0, 0.1, Duration.ofMinutes(5), Duration.ofDays(14));
    }
}
