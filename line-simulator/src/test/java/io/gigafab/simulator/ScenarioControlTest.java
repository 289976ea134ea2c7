package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigafab.recipes.RecipeLibrary;
import io.gigafab.simulator.line.Fault;
import io.gigafab.simulator.line.FaultKind;
import io.gigafab.simulator.line.Line;
import io.gigafab.simulator.line.LineDefinitions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks every control surface shares, on a line without a server. */
class ScenarioControlTest {

    private Line line;
    private ScenarioControl control;

    @BeforeEach
    void buildLine() {
        line = Line.build(LineDefinitions.defaults(), RecipeLibrary.loadFromClasspath());
        control = new ScenarioControl(line);
        line.advanceSimulated(600);
    }

    @Test
    void aFaultStartsNowAndLastsItsMinutes() throws ScenarioRejected {
        Fault fault = control.injectFault(" dryer-drift ", "COAT-A01", 8.0, 30.0);

        assertThat(fault.kind()).isEqualTo(FaultKind.DRYER_DRIFT);
        assertThat(fault.startS()).isEqualTo(line.nowS());
        assertThat(fault.durationS()).isEqualTo(1800.0);
        assertThat(control.faultsInForce()).containsExactly(fault);
        assertThat(ScenarioControl.describe(fault))
                .isEqualTo(
                        "DRYER_DRIFT on COAT-A01: dryer zones 8 °C cooler, from simulated second"
                                + " 600 for 30 min");
    }

    @Test
    void gaugeFailuresAndStopsNeedNoMagnitudeTheOthersDo() throws ScenarioRejected {
        assertThat(control.injectFault("GAUGE_FAILURE", "COAT-C01", null, 5.0).magnitude())
                .isEqualTo(1.0);
        assertThat(control.injectFault("MACHINE_STOP", "GRADE-01", null, 5.0).magnitude())
                .isEqualTo(1.0);
        assertThatThrownBy(() -> control.injectFault("STACKER_MISALIGNMENT", "STACK-01", null, 5.0))
                .isInstanceOf(ScenarioRejected.class)
                .hasMessageContaining("needs a finite magnitude");
    }

    @Test
    void aFormationChannelFaultNamesAChannelThatExists() throws ScenarioRejected {
        assertThat(control.injectFault("FORMATION_CHANNEL_FAULT", "FORM-01", 32.0, 5.0))
                .extracting(Fault::magnitude)
                .isEqualTo(32.0);
        for (double channel : new double[] {0, 33, 2.5}) {
            assertThatThrownBy(
                            () ->
                                    control.injectFault(
                                            "FORMATION_CHANNEL_FAULT", "FORM-01", channel, 5.0))
                    .isInstanceOf(ScenarioRejected.class)
                    .hasMessageContaining("channel number 1..32");
        }
    }

    @Test
    void aKindActsOnlyOnItsMachineFamily() {
        assertThatThrownBy(() -> control.injectFault("DEW_POINT_EXCURSION", "AGE-01", 5.0, 5.0))
                .isInstanceOf(ScenarioRejected.class)
                .hasMessage(
                        "DEW_POINT_EXCURSION acts on FILLER machines (FILL-01), not on AGE-01"
                                + " (AGING)")
                .extracting(e -> ((ScenarioRejected) e).parameter())
                .isEqualTo(ScenarioParameter.EQUIPMENT_ID);
        assertThat(line.faults().all()).isEmpty();
    }

    @Test
    void durationsMustBePositiveAndFinite() {
        for (Double minutes : new Double[] {null, 0.0, -5.0, Double.NaN, Double.MAX_VALUE}) {
            assertThatThrownBy(() -> control.injectFault("MACHINE_STOP", "FILL-01", 1.0, minutes))
                    .isInstanceOf(ScenarioRejected.class)
                    .extracting(e -> ((ScenarioRejected) e).parameter())
                    .isEqualTo(ScenarioParameter.DURATION_MINUTES);
        }
        assertThat(line.faults().all()).isEmpty();
    }

    @Test
    void clearingCountsEveryFaultRemoved() throws ScenarioRejected {
        control.injectFault("MACHINE_STOP", "FILL-01", 1.0, 1.0);
        control.injectFault("MACHINE_STOP", "SLIT-C01", 1.0, 1.0);
        line.advanceSimulated(120);

        assertThat(control.faultsInForce()).isEmpty();
        assertThat(control.clearFaults()).isEqualTo(2);
        assertThat(control.clearFaults()).isZero();
    }

    @Test
    void numbersReadAsPeopleWriteThem() {
        assertThat(ScenarioControl.number(8.0)).isEqualTo("8");
        assertThat(ScenarioControl.number(0.35)).isEqualTo("0.35");
        assertThat(ScenarioControl.number(-1.0)).isEqualTo("-1");
        assertThat(ScenarioControl.number(Double.NaN)).isEqualTo("NaN");
        assertThat(ScenarioControl.number(null)).isEqualTo("nothing");
        assertThat(ScenarioControl.number(1e300)).isEqualTo("1.0E300");
    }
}
