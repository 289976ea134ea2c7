package io.gigafab.simulator.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigafab.simulator.MachineryItemState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Setpoints change the process, limits are enforced, and chemistry comes from the recipes. */
class StationControlTest {

    @Test
    void aSetpointOutsideTheMachineLimitsIsRejectedAndNothingChanges() throws Exception {
        Line line = LineModelTest.run(LineModelTest.compressed("LFP-280P", 3, List.of()), 0.1);
        Setpoints coater = line.station("COAT-C01").setpoints();

        assertThatThrownBy(() -> coater.write("web_speed", 500))
                .isInstanceOf(SetpointRejected.class)
                .hasMessageContaining(
                        "web_speed = 500.0 m/min is outside the machine limits [5.0, 120.0]")
                .matches(e -> ((SetpointRejected) e).outOfRange());
        assertThatThrownBy(() -> coater.write("no_such_setpoint", 1))
                .isInstanceOf(SetpointRejected.class)
                .matches(e -> !((SetpointRejected) e).outOfRange());
        assertThat(coater.get("web_speed")).isEqualTo(45.0);
    }

    @Test
    void writingTheWebSpeedChangesHowFastTheCoaterMoves() throws Exception {
        Line line = LineModelTest.run(LineModelTest.compressed("LFP-280P", 3, List.of()), 0.01);
        CoaterStation coater = (CoaterStation) line.station("COAT-A01");
        coater.setpoints().write("web_speed", 60);
        double before = coater.positionM();

        line.advanceSimulated(60);

        assertThat(coater.state()).isEqualTo(MachineryItemState.EXECUTING);
        assertThat(coater.positionM() - before)
                .isCloseTo(60.0, org.assertj.core.data.Offset.offset(2.1));
        assertThat(value(coater, "WebSpeed")).isEqualTo(60.0);
    }

    @Test
    void aWiderRollGapGivesALowerDensity() throws Exception {
        Line line = LineModelTest.run(LineModelTest.compressed("LFP-280P", 3, List.of()), 3);
        Station calender = line.station("CAL-C01");
        double target = line.targets().cathode().calendering().target("target_density");
        double gap = calender.setpoints().get("roll_gap");
        calender.setpoints().write("roll_gap", gap * 1.1);
        line.advanceSimulated(30);

        assertThat((double) value(calender, "Density")).isBetween(target * 0.85, target * 0.95);
    }

    @Test
    void aGaugeFailureReadsAsASensorFaultNotANumber() {
        ScheduledFault gauge = new ScheduledFault(FaultKind.GAUGE_FAILURE, "COAT-C01", 1, 0, 10);
        Line line =
                LineModelTest.run(LineModelTest.compressed("LFP-280P", 3, List.of(gauge)), 0.05);

        assertThat(value(line.station("COAT-C01"), "CoatWeight")).isEqualTo(SensorFault.FAILED);
        assertThat(value(line.station("COAT-A01"), "CoatWeight")).isInstanceOf(Double.class);
    }

    @Test
    void chemistryDecidesTheFormationVoltageThroughTheRecipes() {
        for (String design : List.of("LFP-280P", "NMC811-60P", "NA-HC-150P")) {
            Line line =
                    Line.build(
                            LineModelTest.compressed(design, 3, List.of()), LineModelTest.library);
            double chargeVoltage = line.station("FORM-01").setpoints().get("charge_voltage");
            double upper = line.targets().voltageWindowV().upper();
            assertThat(chargeVoltage)
                    .as(design)
                    .isLessThanOrEqualTo(upper)
                    .isGreaterThan(upper - 0.3);
        }
        Line lfp =
                Line.build(
                        LineModelTest.compressed("LFP-280P", 3, List.of()), LineModelTest.library);
        Line nmc =
                Line.build(
                        LineModelTest.compressed("NMC811-60P", 3, List.of()),
                        LineModelTest.library);
        assertThat(nmc.station("FORM-01").setpoints().get("charge_voltage"))
                .isGreaterThan(lfp.station("FORM-01").setpoints().get("charge_voltage") + 0.4);
    }

    @Test
    void anInjectedStopHaltsTheMachineForItsDuration() {
        Line line = LineModelTest.run(LineModelTest.compressed("LFP-280P", 3, List.of()), 0.01);
        CoaterStation coater = (CoaterStation) line.station("COAT-C01");
        line.inject(FaultKind.MACHINE_STOP, "COAT-C01", 1, 120);
        double before = coater.positionM();

        line.advanceSimulated(100);
        assertThat(coater.state()).isEqualTo(MachineryItemState.NOT_EXECUTING);
        assertThat(coater.positionM()).isEqualTo(before);

        line.advanceSimulated(60);
        assertThat(coater.state()).isEqualTo(MachineryItemState.EXECUTING);
        assertThat(coater.positionM()).isGreaterThan(before);
        assertThatThrownBy(() -> line.inject(FaultKind.MACHINE_STOP, "NOPE", 1, 1))
                .hasMessageContaining("no machine NOPE");
    }

    static Object value(Station station, String path) {
        List<Signal> signals = station.signals();
        for (int i = 0; i < signals.size(); i++) {
            if (signals.get(i).path().equals(path)) {
                return station.values()[i];
            }
        }
        throw new AssertionError(station.equipmentId() + " has no signal " + path);
    }
}
