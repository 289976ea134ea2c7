package io.gigafab.analytics.genealogy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RollStatisticsTest {

    @Test
    void aDaughterRollMapsToItsMotherRoll() {
        assertThat(CellOnRoll.motherOf("RC-DEMO-00001-L2")).isEqualTo("RC-DEMO-00001");
        assertThat(CellOnRoll.motherOf("RC-DEMO-00001-L12")).isEqualTo("RC-DEMO-00001");
        assertThat(CellOnRoll.motherOf("RC-DEMO-00001")).isEqualTo("RC-DEMO-00001");
        assertThat(CellOnRoll.motherOf("ROLL-LX")).isEqualTo("ROLL-LX");
        assertThat(CellOnRoll.motherOf("ROLL-L")).isEqualTo("ROLL-L");
    }

    @Test
    void profileAveragesTheBinsACellsMetresTouch() {
        RollProfile profile = new RollProfile(10.0);
        profile.add(5, 1.0);
        profile.add(15, 3.0);
        profile.add(15, 5.0);
        profile.add(1234, 7.0); // grows the bins

        assertThat(profile.meanOver(0, 10)).isEqualTo(1.0);
        assertThat(profile.meanOver(10, 10.5)).isEqualTo(4.0);
        assertThat(profile.meanOver(0, 20)).isEqualTo(3.0);
        assertThat(profile.meanOver(500, 510)).isNaN();
        assertThat(profile.meanOver(1230, 1240)).isEqualTo(7.0);
        assertThat(profile.valueCount()).isEqualTo(4);
    }

    @Test
    void findsTheIntervalWhereTheCoatWeightDropped() {
        double[] bins = new double[30];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = i % 2 == 0 ? 20.99 : 21.01;
        }
        for (int i = 10; i < 15; i++) {
            bins[i] = 20.2;
        }
        bins[12] = 21.0; // one normal bin inside the run is bridged

        DeviatingInterval interval = DeviatingInterval.find(bins, 10.0, 4.0, 2);

        assertThat(interval.startM()).isEqualTo(100.0);
        assertThat(interval.endM()).isEqualTo(150.0);
        assertThat(interval.meanInside()).isCloseTo(20.2, within(1e-9));
        assertThat(interval.baseline()).isCloseTo(21.0, within(0.011));
    }

    @Test
    void aSingleOddBinOrAFlatRollIsNoInterval() {
        double[] bins = new double[30];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = i % 2 == 0 ? 20.99 : 21.01;
        }
        bins[7] = 20.2;
        assertThat(DeviatingInterval.find(bins, 10.0, 4.0, 2)).isNull();
        assertThat(DeviatingInterval.find(new double[30], 10.0, 4.0, 2)).isNull();
        assertThat(DeviatingInterval.find(new double[] {1, Double.NaN, 2}, 10.0, 4.0, 2))
                .as("too few bins")
                .isNull();
    }
}
