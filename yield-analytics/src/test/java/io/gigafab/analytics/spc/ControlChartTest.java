package io.gigafab.analytics.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ControlChartTest {

    /** 25 points alternating 10.0 / 10.2: centre 10.1, mean moving range 0.2, σ = 0.2 / 1.128. */
    private static ControlChart afterPhaseOne() {
        ControlChart chart = new ControlChart(25);
        for (int i = 0; i < 25; i++) {
            ChartPoint point = chart.observe(i % 2 == 0 ? 10.0 : 10.2);
            assertThat(point.centre()).isNaN();
        }
        return chart;
    }

    @Test
    void phaseOneSetsTheCentreAndSigmaFromTheMovingRange() {
        ControlChart chart = afterPhaseOne();

        assertThat(chart.centre).isCloseTo(10.096, within(1e-9)); // 13 x 10.0 + 12 x 10.2
        assertThat(chart.sigma).isCloseTo(0.2 / 1.128, within(1e-12));
        ChartPoint point = chart.observe(chart.centre);
        assertThat(point.ucl()).isCloseTo(chart.centre + 3 * 0.2 / 1.128, within(1e-12));
        assertThat(point.lcl()).isCloseTo(chart.centre - 3 * 0.2 / 1.128, within(1e-12));
        assertThat(point.rule()).isZero();
        // EWMA limits after one point: 3.5σ·sqrt(λ/(2−λ)·(1−(1−λ)^2)) = 3.5σ·0.2
        assertThat(point.ewmaUcl() - chart.centre).isCloseTo(0.7 * chart.sigma, within(1e-12));
    }

    @Test
    void aFiveSigmaPointRaisesOneAlarmUntilTheProcessIsBackInControl() {
        ControlChart chart = afterPhaseOne();
        double outlier = chart.centre + 5 * chart.sigma;

        ChartPoint first = chart.observe(outlier);
        assertThat(first.rule()).isEqualTo(1);
        assertThat(first.z()).isCloseTo(5.0, within(1e-9));
        assertThat(chart.raisesAlarm(first)).isTrue();
        assertThat(chart.raisesAlarm(chart.observe(outlier))).as("suppressed while open").isFalse();

        for (int i = 0; i < ControlChart.QUIET_POINTS + 5; i++) {
            assertThat(chart.raisesAlarm(chart.observe(chart.centre))).isFalse();
        }
        assertThat(chart.open).isFalse();
        assertThat(chart.raisesAlarm(chart.observe(outlier))).as("a new alarm").isTrue();
    }

    @Test
    void aSingleThreeSigmaPointWithoutShiftIsRecordedButRaisesNoAlarm() {
        ControlChart chart = afterPhaseOne();
        for (int i = 0; i < 30; i++) {
            chart.observe(chart.centre); // EWMA limits near their steady-state width of 1σ
        }

        ChartPoint point = chart.observe(chart.centre + 3.5 * chart.sigma);

        assertThat(point.rule()).isEqualTo(1);
        assertThat(chart.raisesAlarm(point)).isFalse();
    }

    @Test
    void aSmallSustainedShiftAlarmsOnceTheEwmaStaysOutside() {
        ControlChart chart = afterPhaseOne();
        double shifted = chart.centre + 1.5 * chart.sigma; // no point beyond 4.5σ
        int points = 0;
        boolean alarm = false;
        while (!alarm && points < 50) {
            alarm = chart.raisesAlarm(chart.observe(shifted));
            points++;
        }
        // EWMA of a constant 1.5σ shift: 1.5σ·(1 − 0.8^i) against 3.5σ·sqrt(λ/(2−λ)·(1−0.8^2i));
        // it leaves the limits at i = 7 and stays out: the 5th point outside is i = 11
        assertThat(alarm).isTrue();
        assertThat(points).isEqualTo(11);
    }

    @Test
    void runningMeanAndStandardDeviationForCapability() {
        ControlChart chart = new ControlChart(3);
        chart.observe(2);
        chart.observe(4);
        chart.observe(4);
        chart.observe(4);
        chart.observe(5);
        chart.observe(5);
        chart.observe(7);
        chart.observe(9);

        assertThat(chart.mean).isCloseTo(5.0, within(1e-12));
        assertThat(chart.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
    }

    @Test
    void tagsNameTheirRecipeParameter() {
        assertThat(TagNames.parameterOf("coating.coatWeight")).isEqualTo("coat_weight");
        assertThat(TagNames.parameterOf("coating.dryerZone3Temp")).isEqualTo("dryer_zone_3_temp");
        assertThat(TagNames.parameterOf("web_speed")).isEqualTo("web_speed");
    }
}
