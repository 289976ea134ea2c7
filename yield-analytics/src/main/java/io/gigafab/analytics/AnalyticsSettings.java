package io.gigafab.analytics;

import io.gigafab.analytics.genealogy.CorrelationSettings;
import io.gigafab.analytics.spc.RecipeLimits;
import io.gigafab.analytics.stats.ProportionChart;
import java.io.Serializable;
import java.time.Duration;
import java.util.Set;

/**
 * What the yield job computes and how patiently.
 *
 * @param outOfOrderness how far events may arrive out of event-time order before counting as late
 * @param sourceIdleness after how long a silent source partition stops holding the watermark back
 * @param tumblingWindow the tumbling yield window
 * @param slidingWindow the size of the sliding yield window
 * @param slide how often the sliding window advances
 * @param yieldDip the p-chart judging tumbling windows (sigmas, minimum units, minimum drop)
 * @param spcPhaseOne how many points set an SPC chart's centre and σ
 * @param correlation when a roll-metre finding is strong enough
 * @param goodGrades grades that count as a good cell; any other grade is a downgrade
 * @param stateTimeout event time after which silent keys (charts, runs, cells, scopes) are dropped
 * @param recipes recipe targets and spec limits
 */
public record AnalyticsSettings(
        Duration outOfOrderness,
        Duration sourceIdleness,
        Duration tumblingWindow,
        Duration slidingWindow,
        Duration slide,
        ProportionChart yieldDip,
        int spcPhaseOne,
        CorrelationSettings correlation,
        Set<String> goodGrades,
        Duration stateTimeout,
        RecipeLimits recipes)
        implements Serializable {

    public static AnalyticsSettings defaults(RecipeLimits recipes) {
        return new AnalyticsSettings(
                Duration.ofSeconds(30),
                Duration.ofMinutes(1),
                Duration.ofMinutes(15),
                Duration.ofHours(1),
                Duration.ofMinutes(15),
                new ProportionChart(3.0, 50, 0.05),
                100,
                CorrelationSettings.defaults(),
                Set.of("A"),
                Duration.ofDays(14),
                recipes);
    }

    public AnalyticsSettings withCorrelation(CorrelationSettings value) {
        return new AnalyticsSettings(
                outOfOrderness,
                sourceIdleness,
                tumblingWindow,
                slidingWindow,
                slide,
                yieldDip,
                spcPhaseOne,
                value,
                goodGrades,
                stateTimeout,
                recipes);
    }
}
