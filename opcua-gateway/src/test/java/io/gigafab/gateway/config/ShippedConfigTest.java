package io.gigafab.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShippedConfigTest {

    @Test
    void theSimulatorLineConfigurationCoversEveryMachine() {
        GatewayConfig config = GatewayConfigs.read(Path.of("config/line-simulator.yaml"));

        assertThat(config.endpoints())
                .singleElement()
                .satisfies(
                        endpoint ->
                                assertThat(endpoint.machines())
                                        .extracting(MachineSettings::equipmentId)
                                        .containsExactly(
                                                "COAT-C01",
                                                "COAT-A01",
                                                "CAL-C01",
                                                "CAL-A01",
                                                "SLIT-C01",
                                                "SLIT-A01",
                                                "STACK-01",
                                                "FILL-01",
                                                "FORM-01",
                                                "AGE-01",
                                                "GRADE-01"));
        MachineSettings anodeCoater = config.endpoints().get(0).machines().get(1);
        assertThat(anodeCoater.path()).isEqualTo("Machines/COAT-A01");
        assertThat(anodeCoater.context()).containsEntry("rollId", "MotherRollId");
        assertThat(anodeCoater.browse().get(0).matches("DryerZone7Temp")).isTrue();
        assertThat(anodeCoater.browse().get(0).matches("CoatWeightProfile")).isFalse();
    }
}
