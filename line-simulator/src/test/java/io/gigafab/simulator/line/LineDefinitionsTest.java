package io.gigafab.simulator.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineDefinitionsTest {

    private static LineDefinition read(String yaml) {
        return LineDefinitions.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "line.yaml");
    }

    @Test
    void aPartialDefinitionKeepsTheDefaultsForEverythingElse() {
        LineDefinition line =
                read(
                        """
                        design: NMC811-60P
                        seed: 99
                        speedUp: 60
                        equipmentIds: {STACKER: STACK-07}
                        faults:
                          - {kind: DRYER_DRIFT, equipment: COAT-C01, magnitude: 12, atMinute: 30, minutes: 20}
                        """);

        assertThat(line.design()).isEqualTo("NMC811-60P");
        assertThat(line.seed()).isEqualTo(99);
        assertThat(line.speedUp()).isEqualTo(60.0);
        assertThat(line.lanes()).isEqualTo(LineDefinitions.defaults().lanes());
        assertThat(line.equipmentId(LineDefinition.Role.STACKER)).isEqualTo("STACK-07");
        assertThat(line.equipmentId(LineDefinition.Role.FILLER)).isEqualTo("FILL-01");
        assertThat(line.faults().get(0).toFault().startS()).isEqualTo(1800.0);
    }

    @Test
    void aTypoIsAnErrorNamingTheField() {
        assertThatThrownBy(() -> read("speedUpp: 10\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line.yaml")
                .hasMessageContaining("speedUpp");
    }

    @Test
    void impossibleValuesAreRejectedWithTheRule() {
        assertThatThrownBy(() -> read("lanes: 12\n")).hasMessageContaining("lanes must be 1..8");
        assertThatThrownBy(() -> read("speedUp: 0\n"))
                .hasMessageContaining("speedUp must be positive");
        assertThatThrownBy(() -> read("rollBuffer: 0\n"))
                .hasMessageContaining("rollBuffer must be 1..20");
        assertThatThrownBy(
                        () ->
                                read(
                                        "faults: [{kind: SPARKS, equipment: X, magnitude: 1,"
                                                + " atMinute: 0, minutes: 1}]\n"))
                .hasMessageContaining("SPARKS");
    }

    @Test
    void anUnknownDesignNamesTheMissingRecipe() {
        LineDefinition line = read("design: LFP-999X\n");
        assertThatThrownBy(() -> Line.build(line, LineModelTest.library))
                .hasMessageContaining("no APPROVED recipe LFP-999X-GRADING");
    }

    @Test
    void aScheduledFaultMustNameAMachineItActsOn() {
        LineDefinition wrongMachine =
                read(
                        "faults: [{kind: DRYER_DRIFT, equipment: STACK-01, magnitude: 10, atMinute:"
                                + " 5, minutes: 5}]\n");
        LineDefinition noMachine =
                read(
                        "faults: [{kind: MACHINE_STOP, equipment: COAT-X9, magnitude: 1, atMinute:"
                                + " 5, minutes: 5}]\n");

        assertThatThrownBy(() -> Line.build(wrongMachine, LineModelTest.library))
                .hasMessageContaining(
                        "DRYER_DRIFT acts on COATER machines, not on STACK-01 (STACKER)");
        assertThatThrownBy(() -> Line.build(noMachine, LineModelTest.library))
                .hasMessageContaining("fault MACHINE_STOP on unknown machine COAT-X9");
    }
}
