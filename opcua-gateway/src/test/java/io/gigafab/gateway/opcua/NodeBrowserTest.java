package io.gigafab.gateway.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigafab.simulator.EquipmentServer;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Browsing by name over real OPC UA, paged with BrowseNext and within small operation limits. */
class NodeBrowserTest {

    private static EquipmentServer server;
    private static OpcUaClient client;

    @BeforeAll
    static void connect() throws Exception {
        server = SimulatedLine.start();
        client = OpcUaClient.create(server.endpointUrl());
        client.connect();
    }

    @AfterAll
    static void disconnect() throws Exception {
        if (client != null) {
            client.disconnect();
        }
        if (server != null) {
            server.close();
        }
        Stack.releaseSharedResources();
    }

    @Test
    void smallPagesAndFewNodesPerCallFindTheSameVariables() throws UaException {
        var unlimited = new NodeBrowser(client, ServerLimits.DEFAULT_NODES_PER_CALL);
        var paged = new NodeBrowser(client, 2, 3);
        NodeId formation = unlimited.find(NodeIds.ObjectsFolder, "Machines/FORM-01");

        Map<String, NodeId> all = new SubtreeWalk(unlimited).variables(formation);
        Map<String, NodeId> pageByPage = new SubtreeWalk(paged).variables(formation);

        assertThat(pageByPage).isEqualTo(all);
        assertThat(all)
                .containsKeys("Tray01/TrayId", "Tray02/Ch16/Voltage", "MachineryItemState")
                .doesNotContainKey("Tray01/Ch01/Voltage/EURange");
        assertThat(paged.pagesFollowed()).isPositive();
        assertThat(unlimited.pagesFollowed()).isZero();
    }

    @Test
    void aMissingSegmentIsNamedInTheError() throws UaException {
        var browser = new NodeBrowser(client, ServerLimits.DEFAULT_NODES_PER_CALL);

        assertThatThrownBy(
                        () -> browser.find(NodeIds.ObjectsFolder, "Machines/FORM-01/Tray09/Ch01"))
                .isInstanceOfSatisfying(
                        UaException.class,
                        e -> {
                            assertThat(e.getStatusCode().getValue())
                                    .isEqualTo(StatusCodes.Bad_NoMatch);
                            assertThat(e.getMessage())
                                    .contains("no node 'Tray09' below 'Machines/FORM-01'");
                        });
    }

    @Test
    void theServerAnnouncesItsOperationLimits() {
        ServerLimits limits = ServerLimits.of(client);

        assertThat(limits.nodesPerBrowse()).isPositive();
        assertThat(limits.nodesPerRead()).isPositive();
    }
}
