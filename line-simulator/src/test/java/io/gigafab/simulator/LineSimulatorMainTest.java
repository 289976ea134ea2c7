package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LineSimulatorMainTest {

    @Test
    void portComesFromTheArgumentThenTheEnvironmentThenTheOpcUaDefault() {
        var env = Map.of("GIGAFAB_SIMULATOR_PORT", "4850");
        assertThat(LineSimulatorMain.port(new String[] {"4841"}, env)).isEqualTo(4841);
        assertThat(LineSimulatorMain.port(new String[0], env)).isEqualTo(4850);
        assertThat(LineSimulatorMain.port(new String[0], Map.of())).isEqualTo(4840);
        assertThatThrownBy(() -> LineSimulatorMain.port(new String[] {"opc"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
