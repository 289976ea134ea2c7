package io.gigafab.events;

import static io.gigafab.events.Examples.CATHODE_ROLL;
import static io.gigafab.events.Examples.CELL;
import static io.gigafab.events.Examples.T0;
import static io.gigafab.events.Examples.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigafab.events.equipment.Alarm;
import io.gigafab.events.equipment.MachineryItemState;
import io.gigafab.events.equipment.StateChange;
import io.gigafab.events.insight.ActionKind;
import io.gigafab.events.insight.InsightScope;
import io.gigafab.events.insight.SuggestedAction;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.SampleValue;
import io.gigafab.events.recipe.DownloadStatus;
import io.gigafab.events.recipe.RecipeDownload;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.events.recipe.Setpoint;
import io.gigafab.events.recipe.SetpointReadBack;
import io.gigafab.events.unit.Graded;
import io.gigafab.events.unit.MaterialConsumed;
import io.gigafab.events.unit.MaterialLotQuantity;
import io.gigafab.events.unit.TrackOutResult;
import io.gigafab.events.unit.TrackedIn;
import io.gigafab.events.unit.TrackedOut;
import io.gigafab.events.unit.UnitRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact constructors reject what makes no sense in the plant, naming the field. */
class RecordValidationTest {

    @Test
    void materialConsumedNeedsExactlyOneForm() {
        RollSegment segment = new RollSegment(CATHODE_ROLL, 1200.0, 1201.8);
        MaterialLotQuantity lot = new MaterialLotQuantity("ELY-2411-07", 182.4, "g");

        assertThatThrownBy(() -> consumed(segment, lot))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "MaterialConsumed needs exactly one of rollSegment or materialLot, got"
                                + " both");
        assertThatThrownBy(() -> consumed(null, null)).hasMessageContaining("got neither");
        assertThat(consumed(segment, null).rollSegment()).isEqualTo(segment);
    }

    @Test
    void rollSegmentStartsBeforeItEnds() {
        assertThatThrownBy(() -> new RollSegment(CATHODE_ROLL, 1350.0, 1200.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RollSegment.startM must be less than endM");
        assertThatThrownBy(() -> new RollSegment(CATHODE_ROLL, 5.0, 5.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RollSegment(CATHODE_ROLL, -1.0, 5.0))
                .hasMessageContaining("RollSegment.startM must be >= 0");
        assertThatThrownBy(() -> new RollSegment(CATHODE_ROLL, 0.0, 5.0, 0))
                .hasMessageContaining("RollSegment.lane");
    }

    @Test
    void rollSegmentsOverlapOnlyOnTheSameRollAndLane() {
        RollSegment held = new RollSegment(CATHODE_ROLL, 1200.0, 1350.0);

        assertThat(held.overlaps(new RollSegment(CATHODE_ROLL, 1349.0, 1351.0, 2))).isTrue();
        assertThat(held.overlaps(new RollSegment(CATHODE_ROLL, 1350.0, 1360.0))).isFalse();
        assertThat(held.overlaps(new RollSegment("R-OTHER", 1200.0, 1350.0))).isFalse();
        assertThat(
                        new RollSegment(CATHODE_ROLL, 0, 10, 1)
                                .overlaps(new RollSegment(CATHODE_ROLL, 0, 10, 2)))
                .isFalse();
        assertThat(held.lengthM()).isEqualTo(150.0);
    }

    @Test
    void requiredFieldsAreNamedWhenMissing() {
        assertThatThrownBy(() -> new MeasurementBatch(id(1), Examples.COATER, null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("MeasurementBatch.producedAt is required");
        assertThatThrownBy(() -> new MeasurementBatch(id(1), Examples.COATER, T0, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("MeasurementBatch.samples must not be empty");
        assertThatThrownBy(
                        () ->
                                new TrackedIn(
                                        id(2),
                                        T0,
                                        UnitRef.roll(CATHODE_ROLL),
                                        null,
                                        null,
                                        null,
                                        " ",
                                        null,
                                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("TrackedIn.operation must not be blank");
    }

    @Test
    void recipeIdAndVersionGoTogether() {
        assertThatThrownBy(
                        () ->
                                new TrackedIn(
                                        id(2),
                                        T0,
                                        UnitRef.roll(CATHODE_ROLL),
                                        null,
                                        null,
                                        null,
                                        "CALENDERING",
                                        "CAL-LFP-C",
                                        null))
                .hasMessageContaining("give both or neither");
    }

    @Test
    void onlyCellsAreGraded() {
        assertThatThrownBy(
                        () ->
                                new Graded(
                                        id(6),
                                        T0,
                                        UnitRef.roll(CATHODE_ROLL),
                                        null,
                                        null,
                                        null,
                                        "A",
                                        3,
                                        281.6,
                                        0.27,
                                        null,
                                        3.29))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Graded.unit must be a CELL, got ROLL R-240117-C03");
    }

    @Test
    void collectionsAreImmutableCopies() {
        List<String> codes = new ArrayList<>(List.of("OVERHANG_LOW"));
        TrackedOut event =
                new TrackedOut(
                        id(3),
                        T0,
                        UnitRef.cell(CELL),
                        null,
                        null,
                        null,
                        "STACKING",
                        TrackOutResult.FAIL,
                        codes,
                        null);
        codes.add("BURR");

        assertThat(event.defectCodes()).containsExactly("OVERHANG_LOW");
        assertThat(event.keyValues()).isEmpty();
        assertThatThrownBy(() -> event.defectCodes().add("X"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(
                        () ->
                                new TrackedOut(
                                        id(3),
                                        T0,
                                        UnitRef.cell(CELL),
                                        null,
                                        null,
                                        null,
                                        "STACKING",
                                        TrackOutResult.PASS,
                                        null,
                                        Map.of("stack.overhangMm", Double.NaN)))
                .hasMessageContaining("TrackedOut.keyValues.stack.overhangMm must be a finite");
    }

    @Test
    void sampleNumbersMustBeFinite() {
        assertThatThrownBy(() -> SampleValue.of(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SampleValue.number");
    }

    @Test
    void suggestedActionsCarryWhatTheirKindNeeds() {
        assertThatThrownBy(() -> SuggestedAction.hold("hold it", null, List.of()))
                .hasMessageContaining("HOLD needs a rollSegment or cellIds");
        assertThatThrownBy(
                        () ->
                                new SuggestedAction(
                                        ActionKind.RECIPE_CHANGE,
                                        "raise gap",
                                        "commaGapUm",
                                        null,
                                        null,
                                        null,
                                        null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("SuggestedAction.direction");
        assertThatThrownBy(
                        () ->
                                new InsightScope(
                                        "L1", null, null, null, null, T0, T0.minusSeconds(1)))
                .hasMessageContaining("InsightScope.windowEnd");
    }

    @Test
    void downloadsAreConsistent() {
        List<Setpoint> twice =
                List.of(
                        new Setpoint("webSpeed", 45.0, "m/min"),
                        new Setpoint("webSpeed", 50.0, "m/min"));
        assertThatThrownBy(
                        () ->
                                new RecipeDownload(
                                        id(12),
                                        Examples.COATER,
                                        "COAT-LFP-C",
                                        7,
                                        T0,
                                        "pe.wagner",
                                        twice))
                .hasMessageContaining("webSpeed more than once");
        assertThatThrownBy(
                        () ->
                                new RecipeDownloadResult(
                                        id(12),
                                        Examples.COATER,
                                        T0,
                                        DownloadStatus.ACCEPTED,
                                        List.of(
                                                new SetpointReadBack(
                                                        "webSpeed", 45, 44.0, false, null)),
                                        null))
                .hasMessageContaining("ACCEPTED needs every setpoint read back ok");
    }

    @Test
    void equipmentEventsStayInRange() {
        assertThatThrownBy(
                        () ->
                                new Alarm(
                                        id(14),
                                        Examples.COATER,
                                        T0,
                                        "E-3107",
                                        0,
                                        "over temp",
                                        true))
                .hasMessageContaining("Alarm.severity must be between 1 and 1000");
        assertThatThrownBy(
                        () ->
                                new StateChange(
                                        id(13),
                                        Examples.COATER,
                                        T0,
                                        MachineryItemState.EXECUTING,
                                        MachineryItemState.EXECUTING))
                .hasMessageContaining("StateChange.from and to are both EXECUTING");
    }

    private static MaterialConsumed consumed(RollSegment segment, MaterialLotQuantity lot) {
        return new MaterialConsumed(id(4), T0, UnitRef.cell(CELL), null, null, null, segment, lot);
    }
}
