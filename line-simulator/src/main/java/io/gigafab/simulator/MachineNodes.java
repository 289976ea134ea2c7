package io.gigafab.simulator;

import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/**
 * The nodes every simulated machine has: its object under {@code Machines} and its OPC 40001 state
 * variables.
 */
public record MachineNodes(
        UaObjectNode machine, UaVariableNode itemState, UaVariableNode operationMode) {

    /** Show the machine's state and operation mode, stamped with {@code sourceTime}. */
    public void show(MachineryItemState state, MachineryOperationMode mode, DateTime sourceTime) {
        itemState.setValue(
                new DataValue(Variant.ofString(state.stateName()), StatusCode.GOOD, sourceTime));
        operationMode.setValue(
                new DataValue(Variant.ofString(mode.modeName()), StatusCode.GOOD, sourceTime));
    }
}
