package io.gigafab.gateway.recipe;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.recipe.DownloadStatus;
import io.gigafab.events.recipe.RecipeDownload;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.events.recipe.Setpoint;
import io.gigafab.events.recipe.SetpointReadBack;
import io.gigafab.simulator.EquipmentServer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Recipe setpoints written to the simulated line over real OPC UA, and read back. */
class SetpointWriterTest {

    static final EquipmentRef CALENDER =
            new EquipmentRef("gf1", "cells", "L1", "CAL-C01", EquipmentClass.CALENDER);

    private static EquipmentServer server;
    private static OpcUaClient client;
    private final SetpointWriter writer = new SetpointWriter("Recipe", Clock.systemUTC());

    @BeforeAll
    static void startLine() throws Exception {
        server = EquipmentServer.builder().port(0).start();
        client = OpcUaClient.create(server.endpointUrl());
        client.connect();
    }

    @AfterAll
    static void stopLine() throws Exception {
        client.disconnect();
        server.close();
        Stack.releaseSharedResources();
    }

    @Test
    void setpointsWithinTheMachineLimitsAreWrittenAndReadBack() throws Exception {
        RecipeDownloadResult result =
                writer.download(
                        download(
                                new Setpoint("roll_gap", 182.0, "um"),
                                new Setpoint("roll_temperature", 85.0, "degC")),
                        new BrowsePathAccess(client));

        assertThat(result.status()).isEqualTo(DownloadStatus.ACCEPTED);
        assertThat(result.setpoints())
                .extracting(SetpointReadBack::readBack)
                .containsExactly(182.0, 85.0);
        assertThat(server.line().station("CAL-C01").setpoints().get("roll_gap")).isEqualTo(182.0);
        assertThat(result.message()).isNull();
        BrowsePathAccess access = new BrowsePathAccess(client);
        assertThat(read(access.resolve("CAL-C01", "Recipe/ActiveRecipeId")))
                .as("the machine's active recipe, context of what it measures from now on")
                .isEqualTo("LFP-280P-CALENDERING-CATHODE");
        assertThat(read(access.resolve("CAL-C01", "Recipe/ActiveRecipeVersion"))).isEqualTo(2);
    }

    private static Object read(org.eclipse.milo.opcua.stack.core.types.builtin.NodeId node)
            throws Exception {
        return client.readValue(
                        0.0,
                        org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn
                                .Neither,
                        node)
                .getValue()
                .getValue();
    }

    @Test
    void anOutOfRangeSetpointRejectsTheWholeDownloadAndChangesNothing() {
        double forceBefore = server.line().station("CAL-C01").setpoints().get("roll_force");

        RecipeDownloadResult result =
                writer.download(
                        download(
                                new Setpoint("roll_force", forceBefore * 0.9, "kN"),
                                new Setpoint("line_speed", 500.0, "m/min")),
                        new BrowsePathAccess(client));

        assertThat(result.status()).isEqualTo(DownloadStatus.REJECTED);
        assertThat(result.setpoints())
                .singleElement()
                .satisfies(
                        s -> {
                            assertThat(s.parameter()).isEqualTo("line_speed");
                            assertThat(s.ok()).isFalse();
                            assertThat(s.message()).contains("outside the machine's range");
                        });
        assertThat(server.line().station("CAL-C01").setpoints().get("roll_force"))
                .isEqualTo(forceBefore);
    }

    @Test
    void anUnknownParameterIsRejectedByName() {
        RecipeDownloadResult result =
                writer.download(
                        download(new Setpoint("flux_capacitor", 1.21, "GW")),
                        new BrowsePathAccess(client));

        assertThat(result.status()).isEqualTo(DownloadStatus.REJECTED);
        assertThat(result.setpoints().get(0).message())
                .contains("no setpoint Recipe/flux_capacitor");
    }

    @Test
    void aMachineThatIsNotConnectedFailsTheDownload() {
        RecipeDownloadResult result =
                writer.download(
                        download(new Setpoint("roll_gap", 180.0, "um")),
                        new BrowsePathAccess(null));

        assertThat(result.status()).isEqualTo(DownloadStatus.FAILED);
        assertThat(result.message()).isEqualTo("machine not connected");
    }

    static RecipeDownload download(Setpoint... setpoints) {
        return new RecipeDownload(
                UUID.randomUUID(),
                CALENDER,
                "LFP-280P-CALENDERING-CATHODE",
                2,
                Instant.now(),
                "demo-engineer",
                List.of(setpoints));
    }
}
