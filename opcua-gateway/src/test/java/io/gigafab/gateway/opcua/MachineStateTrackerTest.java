package io.gigafab.gateway.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.events.EquipmentClass;
import io.gigafab.events.EquipmentRef;
import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.equipment.MachineryItemState;
import io.gigafab.events.equipment.StateChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.Test;

class MachineStateTrackerTest {

    private static final EquipmentRef STACKER =
            new EquipmentRef("gf1", "assembly", "L1", "STACK-01", EquipmentClass.STACKER);
    private static final Instant AT = Instant.parse("2026-01-05T06:00:00Z");

    private final List<EquipmentEvent> events = new ArrayList<>();
    private final MachineStateTracker tracker = new MachineStateTracker(STACKER, events::add);

    @Test
    void theFirstStateHasNoFromAndOnlyChangesFollow() {
        tracker.accept(state("Executing"), AT);
        tracker.accept(state("Executing"), AT);
        tracker.accept(state("NotExecuting"), AT);

        assertThat(events)
                .map(StateChange.class::cast)
                .extracting(StateChange::from, StateChange::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, MachineryItemState.EXECUTING),
                        org.assertj.core.groups.Tuple.tuple(
                                MachineryItemState.EXECUTING, MachineryItemState.NOT_EXECUTING));
        assertThat(((StateChange) events.get(0)).occurredAt()).isEqualTo(AT);
        assertThat(events.get(0).equipment()).isEqualTo(STACKER);
    }

    @Test
    void badValuesAndUnknownNamesSendNothing() {
        tracker.accept(
                new DataValue(
                        new Variant("Executing"), new StatusCode(StatusCodes.Bad_NotConnected)),
                AT);
        tracker.accept(state("Warming up"), AT);

        assertThat(events).isEmpty();
    }

    @Test
    void opc40001NamesAreReadInAnySpelling() {
        assertThat(MachineStateTracker.parse(LocalizedText.english("Out of service")))
                .isEqualTo(MachineryItemState.OUT_OF_SERVICE);
        assertThat(MachineStateTracker.parse("NOT_AVAILABLE"))
                .isEqualTo(MachineryItemState.NOT_AVAILABLE);
        assertThat(MachineStateTracker.parse(3)).isNull();
    }

    private static DataValue state(String name) {
        DateTime time = new DateTime(AT);
        return new DataValue(new Variant(name), StatusCode.GOOD, time, time);
    }
}
