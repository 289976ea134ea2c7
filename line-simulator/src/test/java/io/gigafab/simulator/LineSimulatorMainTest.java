package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineSimulatorMainTest {

    @TempDir Path dir;

    @Test
    void portComesFromTheOptionThenTheEnvironmentThenTheOpcUaDefault() {
        var env = Map.of("GIGAFAB_SIMULATOR_PORT", "4850");
        assertThat(LineSimulatorMain.Arguments.parse(new String[] {"--port", "4841"}, env).port())
                .isEqualTo(4841);
        assertThat(LineSimulatorMain.Arguments.parse(new String[0], env).port()).isEqualTo(4850);
        assertThat(LineSimulatorMain.Arguments.parse(new String[0], Map.of()).port())
                .isEqualTo(4840);
        assertThatThrownBy(
                        () ->
                                LineSimulatorMain.Arguments.parse(
                                        new String[] {"--port", "opc"}, Map.of()))
                .hasMessageContaining("port must be a number");
    }

    @Test
    void theControlPortComesFromTheEnvironmentAndZeroTurnsItOff() {
        assertThat(LineSimulatorMain.Arguments.parse(new String[0], Map.of()).controlPort())
                .isEqualTo(4841);
        assertThat(
                        LineSimulatorMain.Arguments.parse(
                                        new String[0],
                                        Map.of("GIGAFAB_SIMULATOR_CONTROL_PORT", "4851"))
                                .controlPort())
                .isEqualTo(4851);
        assertThat(
                        LineSimulatorMain.Arguments.parse(
                                        new String[0],
                                        Map.of("GIGAFAB_SIMULATOR_CONTROL_PORT", "0"))
                                .controlPort())
                .isNegative();
        assertThatThrownBy(
                        () ->
                                LineSimulatorMain.Arguments.parse(
                                        new String[0],
                                        Map.of("GIGAFAB_SIMULATOR_CONTROL_PORT", "http")))
                .hasMessageContaining("GIGAFAB_SIMULATOR_CONTROL_PORT must be a TCP port");
    }

    @Test
    void theLineDefinitionFileMustExist() throws Exception {
        Path file = Files.writeString(dir.resolve("line.yaml"), "seed: 3\n");
        assertThat(
                        LineSimulatorMain.Arguments.parse(new String[] {file.toString()}, Map.of())
                                .lineFile())
                .isEqualTo(file);
        assertThatThrownBy(
                        () ->
                                LineSimulatorMain.Arguments.parse(
                                        new String[] {"nope.yaml"}, Map.of()))
                .hasMessageContaining("no line definition file nope.yaml");
        assertThatThrownBy(
                        () -> LineSimulatorMain.Arguments.parse(new String[] {"--fast"}, Map.of()))
                .hasMessageContaining("unknown option --fast");
    }
}
