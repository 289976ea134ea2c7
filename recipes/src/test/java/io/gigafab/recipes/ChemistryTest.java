package io.gigafab.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChemistryTest {

    @Test
    void voltageWindowsFollowTheDomainFacts() {
        assertThat(Chemistry.LFP.voltageWindowV()).isEqualTo(new Range(2.5, 3.65));
        assertThat(Chemistry.NMC811.voltageWindowV()).isEqualTo(new Range(2.8, 4.2));
        assertThat(Chemistry.NA_ION.voltageWindowV()).isEqualTo(new Range(1.5, 3.95));
    }

    @Test
    void calenderedDensityRangesPerElectrode() {
        assertThat(Chemistry.LFP.electrode(Electrode.CATHODE).densityGPerCm3())
                .isEqualTo(new Range(2.2, 2.5));
        assertThat(Chemistry.NMC811.electrode(Electrode.CATHODE).densityGPerCm3())
                .isEqualTo(new Range(3.4, 3.7));
        assertThat(Chemistry.LFP.electrode(Electrode.ANODE).densityGPerCm3())
                .isEqualTo(new Range(1.5, 1.7));
        assertThat(Chemistry.NA_ION.electrode(Electrode.ANODE).densityGPerCm3())
                .isEqualTo(new Range(0.9, 1.1));
    }

    @Test
    void rangesIncludeTheirBounds() {
        Range window = Chemistry.LFP.voltageWindowV();
        assertThat(window.contains(2.5)).isTrue();
        assertThat(window.contains(3.65)).isTrue();
        assertThat(window.contains(3.66)).isFalse();
        assertThat(window.contains(2.49)).isFalse();
    }
}
