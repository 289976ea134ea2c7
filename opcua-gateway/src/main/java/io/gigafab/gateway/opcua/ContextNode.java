package io.gigafab.gateway.opcua;

import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * A node giving one field of the production context.
 *
 * @param field a {@code ProductionContext} field, e.g. {@code rollId}
 * @param group "" for a machine-wide field; otherwise the group (browse path of the tags' parent,
 *     e.g. {@code Tray01/Ch03}) whose tags it applies to, from a relative context path such as
 *     {@code ./CellId}
 * @param path browse path below the machine
 */
record ContextNode(String field, String group, String path, NodeId nodeId) {

    static final String MACHINE_WIDE = "";
}
