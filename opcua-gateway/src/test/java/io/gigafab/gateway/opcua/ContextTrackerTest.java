package io.gigafab.gateway.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.events.measurement.ProductionContext;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.junit.jupiter.api.Test;

class ContextTrackerTest {

    private final ContextTracker tracker = new ContextTracker();

    @Test
    void nothingKnownIsNoContext() {
        assertThat(tracker.contextFor("")).isNull();
    }

    @Test
    void machineWideFieldsReachEveryGroupAndAGroupsOwnFieldWins() {
        tracker.update(node("trayId", ""), value("TRAY-7"));
        tracker.update(node("cellId", ""), value("C-MACHINE"));
        tracker.update(node("cellId", "Tray01/Ch03"), value("C-000123"));

        ProductionContext channel = tracker.contextFor("Tray01/Ch03");
        ProductionContext other = tracker.contextFor("Tray01/Ch04");

        assertThat(channel.trayId()).isEqualTo("TRAY-7");
        assertThat(channel.cellId()).isEqualTo("C-000123");
        assertThat(other.cellId()).isEqualTo("C-MACHINE");
    }

    @Test
    void valuesBecomeTheContractsTypesOrNothing() {
        tracker.update(node("positionM", ""), value(1234.5));
        tracker.update(node("channel", ""), value(UInteger.valueOf(3)));
        tracker.update(node("recipeVersion", ""), value(0));
        tracker.update(node("rollId", ""), value(LocalizedText.english("RC-1")));
        tracker.update(node("lotId", ""), value("  "));

        ProductionContext context = tracker.contextFor("");

        assertThat(context.positionM()).isEqualTo(1234.5);
        assertThat(context.channel()).isEqualTo(3);
        assertThat(context.recipeVersion()).isNull();
        assertThat(context.rollId()).isEqualTo("RC-1");
        assertThat(context.lotId()).isNull();
        assertThat(ContextTracker.convert("positionM", value(-1.0))).isNull();
        assertThat(ContextTracker.convert("channel", value(2.5))).isNull();
        assertThat(ContextTracker.convert("recipeVersion", value("4"))).isEqualTo(4);
    }

    @Test
    void aBadContextValueEmptiesItsFieldInsteadOfKeepingAStaleOne() {
        tracker.update(node("rollId", ""), value("RC-1"));
        tracker.update(
                node("rollId", ""),
                new DataValue(new Variant("RC-1"), new StatusCode(StatusCodes.Bad_SensorFailure)));

        assertThat(tracker.contextFor("")).isNull();
    }

    private static ContextNode node(String field, String group) {
        return new ContextNode(field, group, field, new NodeId(2, field + group));
    }

    private static DataValue value(Object value) {
        return new DataValue(new Variant(value));
    }
}
