package io.gigafab.gateway.opcua;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes found tags with what their properties say: the engineering unit (display name of the
 * {@code EngineeringUnits} EUInformation, e.g. "mg/cm²") and whether an {@code EURange} exists (a
 * percent deadband is computed over it). Browses and reads in batches within the server's limits.
 */
final class TagProperties {

    static final String ENGINEERING_UNITS = "EngineeringUnits";
    static final String EU_RANGE = "EURange";

    private static final Logger log = LoggerFactory.getLogger(TagProperties.class);

    private final OpcUaClient client;
    private final NodeBrowser browser;
    private final int nodesPerRead;

    TagProperties(OpcUaClient client, NodeBrowser browser, int nodesPerRead) {
        this.client = client;
        this.browser = browser;
        this.nodesPerRead = Math.max(1, nodesPerRead);
    }

    List<ResolvedTag> complete(List<ResolvedTag> tags) throws UaException {
        Map<NodeId, List<ReferenceDescription>> properties =
                browser.children(tags.stream().map(ResolvedTag::nodeId).toList());
        Map<NodeId, NodeId> unitNodes = new HashMap<>();
        for (ResolvedTag tag : tags) {
            NodeId unitNode = property(properties.get(tag.nodeId()), ENGINEERING_UNITS);
            if (unitNode != null) {
                unitNodes.put(tag.nodeId(), unitNode);
            }
        }
        Map<NodeId, String> units = units(new ArrayList<>(unitNodes.values()));
        List<ResolvedTag> completed = new ArrayList<>(tags.size());
        for (ResolvedTag tag : tags) {
            completed.add(
                    tag.withProperties(
                            units.get(unitNodes.get(tag.nodeId())),
                            property(properties.get(tag.nodeId()), EU_RANGE) != null));
        }
        return completed;
    }

    private NodeId property(List<ReferenceDescription> references, String name) throws UaException {
        for (ReferenceDescription reference : references) {
            if (NodeIds.HasProperty.equals(reference.getReferenceTypeId())
                    && name.equals(reference.getBrowseName().name())
                    && reference.getNodeId().isLocal()) {
                return browser.nodeId(reference);
            }
        }
        return null;
    }

    private Map<NodeId, String> units(List<NodeId> unitNodes) throws UaException {
        Map<NodeId, String> units = new HashMap<>();
        for (int from = 0; from < unitNodes.size(); from += nodesPerRead) {
            List<NodeId> chunk =
                    unitNodes.subList(from, Math.min(unitNodes.size(), from + nodesPerRead));
            List<DataValue> values = client.readValues(0.0, TimestampsToReturn.Neither, chunk);
            for (int i = 0; i < chunk.size(); i++) {
                String unit = unit(values.get(i));
                if (unit != null) {
                    units.put(chunk.get(i), unit);
                }
            }
        }
        return units;
    }

    private String unit(DataValue value) {
        Object body = value.getValue().getValue();
        try {
            if (body instanceof ExtensionObject encoded) {
                body = encoded.decode(client.getStaticEncodingContext());
            }
        } catch (RuntimeException e) {
            log.debug("EngineeringUnits not decodable: {}", e.getMessage());
            return null;
        }
        if (body instanceof EUInformation information
                && information.getDisplayName() != null
                && information.getDisplayName().text() != null
                && !information.getDisplayName().text().isBlank()) {
            return information.getDisplayName().text();
        }
        return null;
    }
}
