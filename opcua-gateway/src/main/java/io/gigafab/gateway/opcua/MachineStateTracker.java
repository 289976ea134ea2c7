package io.gigafab.gateway.opcua;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.equipment.MachineryItemState;
import io.gigafab.events.equipment.StateChange;
import io.gigafab.gateway.EquipmentEventSink;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a machine's MachineryItemState values into {@link StateChange} events. The first state seen
 * after the gateway starts is sent with {@code from = null} (as the contract defines); later values
 * only when the state differs from the last one. The last state is kept across reconnects, so a
 * reconnect to a machine still in the same state sends nothing, and one that changed while the
 * gateway was away sends the change. Bad values and unknown state names send nothing.
 *
 * <p>Accepts the state as a String or LocalizedText ("Executing", "NotExecuting", "OutOfService",
 * "NotAvailable"; case and separators ignored), as the simulator's variable or an OPC 40001 {@code
 * CurrentState} gives it.
 */
final class MachineStateTracker {

    private static final Logger log = LoggerFactory.getLogger(MachineStateTracker.class);

    private final EquipmentRef equipment;
    private final EquipmentEventSink events;
    private MachineryItemState last;

    MachineStateTracker(EquipmentRef equipment, EquipmentEventSink events) {
        this.equipment = equipment;
        this.events = events;
    }

    /** Take a new value of the state variable. */
    synchronized void accept(DataValue value, Instant receivedAt) {
        if (value.getStatusCode().isBad()) {
            return;
        }
        MachineryItemState state = parse(value.getValue().getValue());
        if (state == null) {
            log.warn(
                    "{}: MachineryItemState {} is not a known state",
                    equipment.equipmentId(),
                    value.getValue().getValue());
            return;
        }
        if (state == last) {
            return;
        }
        events.offer(
                new StateChange(
                        UUID.randomUUID(), equipment, occurredAt(value, receivedAt), last, state));
        last = state;
    }

    static MachineryItemState parse(Object raw) {
        String text =
                raw instanceof LocalizedText localized
                        ? localized.text()
                        : raw instanceof String string ? string : null;
        if (text == null) {
            return null;
        }
        return switch (text.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT)) {
            case "executing" -> MachineryItemState.EXECUTING;
            case "notexecuting" -> MachineryItemState.NOT_EXECUTING;
            case "outofservice" -> MachineryItemState.OUT_OF_SERVICE;
            case "notavailable" -> MachineryItemState.NOT_AVAILABLE;
            default -> null;
        };
    }

    private static Instant occurredAt(DataValue value, Instant receivedAt) {
        for (DateTime time : new DateTime[] {value.getSourceTime(), value.getServerTime()}) {
            if (time != null && !time.isNull() && time.isValid()) {
                return time.getJavaInstant();
            }
        }
        return receivedAt;
    }
}
