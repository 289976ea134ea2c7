package io.gigafab.simulator;

import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;

/**
 * The OPC 40001 (OPC UA for Machinery) entry point: the {@code Machines} folder under {@code
 * Objects}, with the node id the companion specification gives it ({@code i=1001} in the Machinery
 * namespace). Every equipment family namespace puts its machines into this one folder.
 *
 * <p>Also registers the OPC 10000-100 Devices (DI) namespace, whose browse names the machines'
 * {@code Identification} nodes use. Only the browse names are borrowed: the type nodes of DI and
 * Machinery are not loaded, objects use the base OPC UA types.
 */
public final class MachineryNamespace extends SimulatorNamespace {

    public static final String URI = "http://opcfoundation.org/UA/Machinery/";
    public static final String DI_URI = "http://opcfoundation.org/UA/DI/";

    /** Numeric id of the Machines folder in OPC 40001. */
    public static final long MACHINES_FOLDER_ID = 1001L;

    private final int diNamespaceIndex;

    public MachineryNamespace(OpcUaServer server) {
        super(server, URI);
        diNamespaceIndex = server.getNamespaceTable().add(DI_URI).intValue();
        getLifecycleManager()
                .addStartupTask(
                        () ->
                                addFolder(
                                        machinesFolderId(),
                                        machineryName("Machines"),
                                        NodeIds.ObjectsFolder));
    }

    public NodeId machinesFolderId() {
        return newNodeId(MACHINES_FOLDER_ID);
    }

    /** A browse name in the Machinery namespace, e.g. {@code MachineryItemState}. */
    public QualifiedName machineryName(String name) {
        return newQualifiedName(name);
    }

    /** A browse name in the DI namespace, e.g. {@code Identification}, {@code Manufacturer}. */
    public QualifiedName diName(String name) {
        return new QualifiedName(diNamespaceIndex, name);
    }
}
