package io.gigafab.simulator;

import java.util.List;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogItemTypeNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.factories.NodeFactory;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;

/**
 * Base of the simulator's namespaces: sampled subscriptions ({@link SubscriptionModel}) and short
 * builders for the node shapes the equipment uses. Child node ids are string ids of the form {@code
 * <parent id>/<browse name>}.
 */
abstract class SimulatorNamespace extends ManagedNamespaceWithLifecycle {

    private static final NodeFactory.InstantiationCallback WITH_ENGINEERING_UNITS =
            new NodeFactory.InstantiationCallback() {
                @Override
                public boolean includeOptionalNode(NodeId typeDefinitionId, QualifiedName name) {
                    return "EngineeringUnits".equals(name.name());
                }
            };

    private final SubscriptionModel subscriptionModel;

    protected SimulatorNamespace(OpcUaServer server, String namespaceUri) {
        super(server, namespaceUri);
        subscriptionModel = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptionModel);
    }

    /** A folder organised by {@code parentId}. */
    protected UaFolderNode addFolder(NodeId nodeId, QualifiedName browseName, NodeId parentId) {
        var folder =
                new UaFolderNode(
                        getNodeContext(),
                        nodeId,
                        browseName,
                        LocalizedText.english(browseName.name()));
        getNodeManager().addNode(folder);
        linkToParent(folder, parentId, NodeIds.Organizes);
        return folder;
    }

    /** An object of {@code typeDefinition} that is a component of {@code parentId}. */
    protected UaObjectNode addObject(
            NodeId parentId,
            QualifiedName browseName,
            NodeId typeDefinition,
            NodeId referenceType) {
        UaObjectNode object =
                new UaObjectNode.UaObjectNodeBuilder(getNodeContext())
                        .setNodeId(childId(parentId, browseName))
                        .setBrowseName(browseName)
                        .setDisplayName(LocalizedText.english(browseName.name()))
                        .setTypeDefinition(typeDefinition)
                        .buildAndAdd();
        linkToParent(object, parentId, referenceType);
        return object;
    }

    /** A read-only PropertyType variable of {@code parentId}. */
    protected UaVariableNode addProperty(
            NodeId parentId, QualifiedName browseName, NodeId dataType, Variant value) {
        return addReadOnlyVariable(
                parentId, browseName, dataType, value, NodeIds.PropertyType, NodeIds.HasProperty);
    }

    /** A read-only BaseDataVariableType variable that is a component of {@code parentId}. */
    protected UaVariableNode addVariable(
            NodeId parentId, QualifiedName browseName, NodeId dataType, Variant value) {
        return addReadOnlyVariable(
                parentId,
                browseName,
                dataType,
                value,
                NodeIds.BaseDataVariableType,
                NodeIds.HasComponent);
    }

    /** A variable clients may write, e.g. the active recipe id a gateway downloads. */
    protected UaVariableNode addWritableVariable(
            NodeId parentId, QualifiedName browseName, NodeId dataType, Variant value) {
        UaVariableNode variable = addVariable(parentId, browseName, dataType, value);
        var readWrite = AccessLevel.toValue(AccessLevel.CurrentRead, AccessLevel.CurrentWrite);
        variable.setAccessLevel(readWrite);
        variable.setUserAccessLevel(readWrite);
        return variable;
    }

    /** A read-only Double AnalogItemType variable with EURange and EngineeringUnits properties. */
    protected AnalogItemTypeNode addAnalogItem(
            NodeId parentId, QualifiedName browseName, EUInformation unit, Range euRange) {
        try {
            var item =
                    (AnalogItemTypeNode)
                            getNodeFactory()
                                    .createNode(
                                            childId(parentId, browseName),
                                            NodeIds.AnalogItemType,
                                            WITH_ENGINEERING_UNITS);
            item.setBrowseName(browseName);
            item.setDisplayName(LocalizedText.english(browseName.name()));
            item.setDataType(NodeIds.Double);
            item.setAccessLevel(AccessLevel.toValue(AccessLevel.CurrentRead));
            item.setUserAccessLevel(AccessLevel.toValue(AccessLevel.CurrentRead));
            item.setValue(new DataValue(Variant.ofDouble(euRange.getLow())));
            item.setEuRange(euRange);
            item.setEngineeringUnits(unit);
            linkToParent(item, parentId, NodeIds.HasComponent);
            return item;
        } catch (UaException e) {
            throw new IllegalStateException("AnalogItemType not instantiable: " + browseName, e);
        }
    }

    protected NodeId childId(NodeId parentId, QualifiedName browseName) {
        return newNodeId(parentId.getIdentifier() + "/" + browseName.name());
    }

    private UaVariableNode addReadOnlyVariable(
            NodeId parentId,
            QualifiedName browseName,
            NodeId dataType,
            Variant value,
            NodeId typeDefinition,
            NodeId referenceType) {
        UaVariableNode variable =
                new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                        .setNodeId(childId(parentId, browseName))
                        .setBrowseName(browseName)
                        .setDisplayName(LocalizedText.english(browseName.name()))
                        .setDataType(dataType)
                        .setTypeDefinition(typeDefinition)
                        .setAccessLevel(AccessLevel.CurrentRead)
                        .setUserAccessLevel(AccessLevel.CurrentRead)
                        .setValue(new DataValue(value))
                        .buildAndAdd();
        linkToParent(variable, parentId, referenceType);
        return variable;
    }

    /** Reference {@code child} from {@code parentId}; the parent may live in another namespace. */
    protected static void linkToParent(UaNode child, NodeId parentId, NodeId referenceType) {
        child.addReference(
                new Reference(
                        child.getNodeId(),
                        referenceType,
                        parentId.expanded(),
                        Reference.Direction.INVERSE));
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsCreated(dataItems);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsModified(dataItems);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsDeleted(dataItems);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        subscriptionModel.onMonitoringModeChanged(monitoredItems);
    }
}
