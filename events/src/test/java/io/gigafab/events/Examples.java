package io.gigafab.events;

import io.gigafab.events.equipment.Alarm;
import io.gigafab.events.equipment.JobOutcome;
import io.gigafab.events.equipment.JobResult;
import io.gigafab.events.equipment.MachineryItemState;
import io.gigafab.events.equipment.StateChange;
import io.gigafab.events.insight.ChangeDirection;
import io.gigafab.events.insight.Evidence;
import io.gigafab.events.insight.InsightKind;
import io.gigafab.events.insight.InsightScope;
import io.gigafab.events.insight.InsightSeverity;
import io.gigafab.events.insight.SuggestedAction;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.measurement.ProductionContext;
import io.gigafab.events.measurement.Quality;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import io.gigafab.events.recipe.DownloadStatus;
import io.gigafab.events.recipe.RecipeDownload;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.events.recipe.Setpoint;
import io.gigafab.events.recipe.SetpointReadBack;
import io.gigafab.events.unit.Graded;
import io.gigafab.events.unit.HoldDisposition;
import io.gigafab.events.unit.HoldPlaced;
import io.gigafab.events.unit.HoldReleased;
import io.gigafab.events.unit.MaterialConsumed;
import io.gigafab.events.unit.MaterialLotQuantity;
import io.gigafab.events.unit.Scrapped;
import io.gigafab.events.unit.TrackOutResult;
import io.gigafab.events.unit.TrackedIn;
import io.gigafab.events.unit.TrackedOut;
import io.gigafab.events.unit.UnitRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Realistic example messages of a cathode line and a formation/grading area, for the tests. */
public final class Examples {

    public static final Instant T0 = Instant.parse("2025-11-20T08:15:30.250Z");
    public static final EquipmentRef COATER =
            new EquipmentRef("gf1", "electrode", "L1", "COAT-01", EquipmentClass.COATER);
    public static final EquipmentRef CALENDER =
            new EquipmentRef("gf1", "electrode", "L1", "CAL-01", EquipmentClass.CALENDER);
    public static final EquipmentRef STACKER =
            new EquipmentRef("gf1", "assembly", "L1", "STK-03", EquipmentClass.STACKER);
    public static final EquipmentRef GRADER =
            new EquipmentRef("gf1", "formation", "L1", "GRD-01", EquipmentClass.GRADER);
    public static final String CATHODE_ROLL = "R-240117-C03";
    public static final String CELL = "C-LFP280-000481516";

    private Examples() {}

    public static UUID id(int n) {
        return UUID.fromString(String.format("7d9e2c1a-4b3f-4e8a-9c21-%012d", n));
    }

    public static ProductionContext onCathodeRoll(double positionM) {
        return ProductionContext.builder()
                .orderId("PO-2025-1187")
                .lotId("EL-C-2511-014")
                .roll(CATHODE_ROLL, positionM)
                .recipe("COAT-LFP-C", 7)
                .build();
    }

    public static Sample coatWeight() {
        return Sample.good(
                "coating.arealMass.sideA",
                SampleValue.of(21.3),
                "mg/cm2",
                T0,
                onCathodeRoll(1234.5));
    }

    public static Sample dryerMode() {
        return new Sample(
                "dryer.mode",
                SampleValue.of("PROFILE_B"),
                null,
                0L,
                Quality.GOOD,
                T0,
                T0.plusMillis(12),
                onCathodeRoll(1234.5));
    }

    public static Sample spliceDetected() {
        return new Sample(
                "unwinder.spliceDetected",
                SampleValue.of(false),
                null,
                0x40000000L,
                null,
                T0,
                null,
                onCathodeRoll(1234.6));
    }

    public static Sample badGauge() {
        return Sample.bad("gauge.betaProfile.lane2", 0x80340000L, T0, onCathodeRoll(1234.6));
    }

    public static MeasurementBatch measurementBatch() {
        return new MeasurementBatch(
                id(1),
                COATER,
                T0.plusSeconds(1),
                List.of(coatWeight(), dryerMode(), spliceDetected(), badGauge()));
    }

    public static TrackedIn trackedIn() {
        return new TrackedIn(
                id(2),
                T0,
                UnitRef.roll(CATHODE_ROLL),
                CALENDER,
                "op.mueller",
                "PO-2025-1187",
                "CALENDERING",
                "CAL-LFP-C",
                4);
    }

    public static TrackedOut trackedOut() {
        return new TrackedOut(
                id(3),
                T0,
                UnitRef.cell(CELL),
                STACKER,
                null,
                "PO-2025-1187",
                "STACKING",
                TrackOutResult.PASS,
                List.of(),
                Map.of("hipot.insulationMOhm", 312.0, "stack.overhangMm", 0.9));
    }

    public static MaterialConsumed rollConsumed() {
        return new MaterialConsumed(
                id(4),
                T0,
                UnitRef.cell(CELL),
                STACKER,
                null,
                "PO-2025-1187",
                new RollSegment(CATHODE_ROLL, 1200.0, 1201.8, 2),
                null);
    }

    public static MaterialConsumed lotConsumed() {
        return new MaterialConsumed(
                id(5),
                T0,
                UnitRef.cell(CELL),
                null,
                null,
                null,
                null,
                new MaterialLotQuantity("ELY-2411-07", 182.4, "g"));
    }

    public static Graded graded() {
        return new Graded(
                id(6),
                T0,
                UnitRef.cell(CELL),
                GRADER,
                null,
                "PO-2025-1187",
                "A",
                3,
                281.6,
                0.27,
                1.1,
                3.292);
    }

    public static HoldPlaced holdPlaced() {
        return new HoldPlaced(
                id(7),
                T0,
                UnitRef.roll(CATHODE_ROLL),
                null,
                "qe.schmidt",
                null,
                "H-2025-0042",
                "coat weight below LSL 20.5 mg/cm2",
                "cathode roll R-240117-C03 1200-1350 m and all cells containing it",
                new RollSegment(CATHODE_ROLL, 1200.0, 1350.0));
    }

    public static HoldReleased holdReleased() {
        return new HoldReleased(
                id(8),
                T0,
                UnitRef.roll(CATHODE_ROLL),
                null,
                null,
                null,
                "H-2025-0042",
                HoldDisposition.DOWNGRADE,
                "qe.schmidt");
    }

    public static Scrapped scrapped() {
        return new Scrapped(
                id(9),
                T0,
                UnitRef.cell(CELL),
                GRADER,
                null,
                null,
                "K-value 4.8 mV/day above limit 2.0",
                List.of("SELF_DISCHARGE_HIGH"));
    }

    public static YieldInsight yieldInsight() {
        return new YieldInsight(
                id(10),
                T0,
                InsightKind.CONTAINMENT_SUGGESTION,
                new InsightScope(
                        "L1",
                        "COAT-01",
                        "COAT-LFP-C",
                        7,
                        new RollSegment(CATHODE_ROLL, 1200.0, 1350.0),
                        T0.minusSeconds(3600),
                        T0),
                InsightSeverity.CRITICAL,
                "Capacity dip on L1 tied to low coat weight on R-240117-C03, 1200-1350 m",
                List.of(
                        new Evidence("mean coat weight", 20.1, "mg/cm2", 480),
                        new Evidence("capacity shortfall", -2.4, "Ah", null)),
                "Pearson r = 0.71 between coat weight and capacity",
                0.93,
                SuggestedAction.hold(
                        "Hold the segment and its cells",
                        new RollSegment(CATHODE_ROLL, 1200.0, 1350.0),
                        List.of(CELL)));
    }

    public static YieldInsight recipeSuggestion() {
        return new YieldInsight(
                id(11),
                T0,
                InsightKind.RECIPE_SUGGESTION,
                InsightScope.ofLine("L1"),
                InsightSeverity.INFO,
                "Raise comma-bar gap to bring coat weight back to target",
                List.of(),
                null,
                null,
                SuggestedAction.recipeChange(
                        "Coat weight trends 3 % low since roll change",
                        "commaGapUm", ChangeDirection.INCREASE, 212.0));
    }

    public static RecipeDownload recipeDownload() {
        return new RecipeDownload(
                id(12),
                COATER,
                "COAT-LFP-C",
                7,
                T0,
                "pe.wagner",
                List.of(
                        new Setpoint("webSpeed", 45.0, "m/min"),
                        new Setpoint("dryerZone3Temp", 120.0, "°C"),
                        new Setpoint("pumpMode", 2.0, null)));
    }

    public static RecipeDownloadResult recipeDownloadResult() {
        return new RecipeDownloadResult(
                id(12),
                COATER,
                T0.plusSeconds(2),
                DownloadStatus.FAILED,
                List.of(
                        new SetpointReadBack("webSpeed", 45.0, 45.0, true, null),
                        new SetpointReadBack(
                                "dryerZone3Temp", 120.0, 110.0, false, "BadOutOfRange")),
                "read-back mismatch on dryerZone3Temp");
    }

    public static StateChange stateChange() {
        return new StateChange(
                id(13), COATER, T0, MachineryItemState.NOT_EXECUTING, MachineryItemState.EXECUTING);
    }

    public static Alarm alarm() {
        return new Alarm(id(14), COATER, T0, "E-3107", 700, "Dryer zone 3 over temperature", true);
    }

    public static JobResult jobResult() {
        return new JobResult(id(15), STACKER, T0, "JOB-STK-88213", JobOutcome.ENDED, 474, 6);
    }
}
