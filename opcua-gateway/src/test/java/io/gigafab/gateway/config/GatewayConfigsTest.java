package io.gigafab.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigafab.events.EquipmentClass;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GatewayConfigsTest {

    private static final String MINIMAL =
            """
            site: gf1
            endpoints:
              - name: electrode
                url: opc.tcp://127.0.0.1:4840/gigafab
                machines:
                  - {area: cells, line: L1, equipmentId: COAT-C01, equipmentClass: COATER, path: Machines/COAT-C01,
                     tags: [{tag: coating.coatWeight, path: CoatWeight, deadband: {type: percent, value: 0.5}}],
                     context: {rollId: MotherRollId, positionM: PositionM}}
            """;

    private static GatewayConfig read(String yaml) {
        return GatewayConfigs.read(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "gateway.yaml");
    }

    @Test
    void aMinimalConfigurationGetsSensibleDefaults() {
        GatewayConfig config = read(MINIMAL);

        MachineSettings coater = config.endpoints().get(0).machines().get(0);
        assertThat(coater.equipmentClass()).isEqualTo(EquipmentClass.COATER);
        assertThat(coater.state()).isEqualTo("MachineryItemState");
        assertThat(coater.tags().get(0).samplingMs()).isEqualTo(100.0);
        assertThat(coater.tags().get(0).deadband().type()).isEqualTo("percent");
        assertThat(config.endpoints().get(0).securityPolicy()).isEqualTo("None");
        assertThat(config.kafka().bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(config.buffer().maxBytes()).isEqualTo(1024L * 1024 * 1024);
        assertThat(config.pki().trustAllServers()).isFalse();
    }

    @Test
    void mistakesAreReportedWithTheFieldAndTheFile() {
        assertThatThrownBy(() -> read(MINIMAL.replace("site: gf1", "site: gf1\nsitte: x")))
                .hasMessageContaining("gateway.yaml")
                .hasMessageContaining("sitte");
        assertThatThrownBy(() -> read(MINIMAL.replace("opc.tcp://", "http://")))
                .hasMessageContaining("endpoints[electrode].url must start with opc.tcp://");
        assertThatThrownBy(
                        () -> read(MINIMAL.replace("rollId: MotherRollId", "batch: MotherRollId")))
                .hasMessageContaining("machines[COAT-C01].context.batch is not a context field");
        assertThatThrownBy(() -> read(MINIMAL.replace("type: percent", "type: relative")))
                .hasMessageContaining("deadband.type must be absolute or percent");
        assertThatThrownBy(
                        () ->
                                read(
                                        MINIMAL.replace(
                                                "equipmentClass: COATER",
                                                "equipmentClass: TOASTER")))
                .hasMessageContaining("TOASTER");
        assertThatThrownBy(() -> read("site: gf1\nendpoints: []\n"))
                .hasMessageContaining("at least one OPC UA endpoint");
    }

    @Test
    void aUserNeedsThePasswordFromTheEnvironmentNeverInTheFile() {
        assertThatThrownBy(
                        () -> read(MINIMAL.replace("    url:", "    username: gateway\n    url:")))
                .hasMessageContaining("passwordEnv is required with a username");
    }
}
