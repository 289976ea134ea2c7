package io.gigafab.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void normalDistributionGivesTheTextbookQuantiles() {
        assertThat(Normal.cdf(0)).isCloseTo(0.5, within(1e-9));
        assertThat(Normal.cdf(1.959964)).isCloseTo(0.975, within(1e-6));
        assertThat(Normal.cdf(-1.959964)).isCloseTo(0.025, within(1e-6));
        assertThat(Normal.twoSided(1.959964)).isCloseTo(0.05, within(1e-6));
        assertThat(Normal.upperTail(3)).isCloseTo(0.0013499, within(1e-6));
    }

    @Test
    void twoProportionTestComparesTheFailureRateInsideWithTheRest() {
        // 30 of 100 cells from the interval fail, 10 of the other 900.
        TwoProportionTest test = new TwoProportionTest(30, 100, 10, 900);

        assertThat(test.rateInside()).isEqualTo(0.3);
        assertThat(test.rateOutside()).isCloseTo(1.0 / 90, within(1e-12));
        assertThat(test.lift()).isCloseTo(27.0, within(1e-9));
        assertThat(test.z()).isCloseTo(13.985773, within(1e-5));
        assertThat(test.confidence()).isGreaterThan(0.999999);
    }

    @Test
    void equalRatesGiveNoConfidenceAndEmptyGroupsNoStatistic() {
        assertThat(new TwoProportionTest(5, 100, 45, 900).z()).isCloseTo(0.0, within(1e-12));
        assertThat(new TwoProportionTest(5, 100, 45, 900).confidence())
                .isCloseTo(0.5, within(1e-9));
        assertThat(new TwoProportionTest(0, 0, 45, 900).z()).isZero();
    }

    @Test
    void pointBiserialIsPearsonsRWithABinaryOutcome() {
        PointBiserial r =
                PointBiserial.of(
                        new double[] {1, 2, 3, 4}, new boolean[] {false, false, true, true});

        assertThat(r.r()).isCloseTo(2 / Math.sqrt(5), within(1e-12)); // 0.894427
        assertThat(r.n()).isEqualTo(4);
        // Fisher z: atanh(0.894427) * sqrt(1) = 1.443635 -> two-sided p 0.148842
        assertThat(r.confidence()).isCloseTo(1 - 0.148842, within(1e-5));
    }

    @Test
    void withoutFailingUnitsThereIsNoCorrelation() {
        PointBiserial r = PointBiserial.of(new double[] {1, 2, 3}, new boolean[3]);

        assertThat(r.r()).isZero();
        assertThat(r.confidence()).isZero();
    }

    @Test
    void capabilityAgainstTheCoatWeightSpec() {
        // LFP-280P cathode coat weight: spec 20.58..21.42 mg/cm2
        assertThat(Capability.cp(0.1, 20.58, 21.42)).isCloseTo(1.4, within(1e-12));
        assertThat(Capability.cpk(21.1, 0.1, 20.58, 21.42)).isCloseTo(1.066667, within(1e-6));
        assertThat(Capability.cpk(190, 50, null, 500.0)).isCloseTo(2.066667, within(1e-6));
        assertThat(Capability.cp(0.1, null, 500.0)).isNaN();
        assertThat(Capability.cpk(21, 0, 20.58, 21.42)).isNaN();
    }

    @Test
    void westernElectricRulesInOrder() {
        assertThat(WesternElectric.violatedRule(new double[] {3.2}, 1)).isEqualTo(1);
        assertThat(WesternElectric.violatedRule(new double[] {-3.2}, 1)).isEqualTo(1);
        assertThat(WesternElectric.violatedRule(new double[] {2.5, 0, 2.1}, 3)).isEqualTo(2);
        assertThat(WesternElectric.violatedRule(new double[] {2.5, 0, -2.1}, 3)).isZero();
        assertThat(WesternElectric.violatedRule(new double[] {1.5, 1.5, 0.5, 1.5, 1.2}, 5))
                .isEqualTo(3);
        double[] eight = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
        assertThat(WesternElectric.violatedRule(eight, 8)).isEqualTo(4);
        assertThat(WesternElectric.violatedRule(eight, 7)).isZero();
        assertThat(WesternElectric.violatedRule(new double[] {0.5, -0.5, 0.5}, 3)).isZero();
    }

    @Test
    void pChartNeedsTheMinimumSampleAndAProportionAboveTheLimit() {
        ProportionChart chart = new ProportionChart(3, 50, 0.05);

        assertThat(chart.upperLimit(0.04, 100)).isCloseTo(0.0987878, within(1e-6));
        assertThat(chart.isDip(0.04, 10, 100)).isTrue();
        assertThat(chart.isDip(0.04, 9, 100)).isFalse();
        assertThat(chart.isDip(0.04, 20, 40)).as("40 units are too few").isFalse();
        assertThat(chart.isDip(0.0, 2, 100)).as("2 % over a perfect baseline: too small").isFalse();
        assertThat(chart.zScore(0.04, 10, 100)).isCloseTo(3.061862, within(1e-6));
    }
}
