package io.gigafab.simulator;

import io.gigafab.simulator.line.SetpointRejected;
import io.gigafab.simulator.line.Setpoints;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;

/**
 * Makes a setpoint node writable by OPC UA clients: a write goes to the machine's {@link
 * Setpoints}, which enforce the machine limits. A value outside them is answered with
 * Bad_OutOfRange and changes nothing; a non-numeric value with Bad_TypeMismatch.
 */
final class SetpointWrites implements AttributeFilter {

    private final Setpoints setpoints;
    private final String name;

    private SetpointWrites(Setpoints setpoints, String name) {
        this.setpoints = setpoints;
        this.name = name;
    }

    static void allow(UaVariableNode node, Setpoints setpoints, String name) {
        var readWrite = AccessLevel.toValue(AccessLevel.CurrentRead, AccessLevel.CurrentWrite);
        node.setAccessLevel(readWrite);
        node.setUserAccessLevel(readWrite);
        node.getFilterChain().addLast(new SetpointWrites(setpoints, name));
    }

    @Override
    public void writeAttribute(AttributeFilterContext ctx, AttributeId attributeId, Object value)
            throws UaException {
        if (attributeId == AttributeId.Value) {
            Object written = value instanceof DataValue dv ? dv.getValue().getValue() : null;
            if (!(written instanceof Number number)) {
                throw new UaException(StatusCodes.Bad_TypeMismatch, name + " takes a number");
            }
            try {
                setpoints.write(name, number.doubleValue());
            } catch (SetpointRejected e) {
                long status =
                        e.outOfRange() ? StatusCodes.Bad_OutOfRange : StatusCodes.Bad_NodeIdUnknown;
                throw new UaException(status, e.getMessage());
            }
        }
        ctx.writeAttribute(attributeId, value);
    }
}
