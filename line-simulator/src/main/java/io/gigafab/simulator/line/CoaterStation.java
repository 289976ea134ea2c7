package io.gigafab.simulator.line;

import io.gigafab.events.EquipmentClass;
import io.gigafab.simulator.MachineryItemState;
import java.util.List;

/**
 * An electrode coater with dryer, coating one mother roll after another. Coat weight follows its
 * setpoint with gauge noise and a cross-web profile (thicker edges); residual moisture rises when
 * the dryer runs cooler than the recipe or the web faster. Every metre is recorded on the mother
 * roll, so cells built from it later inherit what happened here.
 */
public final class CoaterStation extends BaseStation {

    static final int PROFILE_POINTS = 24;

    /** Chance that a 10 m segment gets a coating defect (pinhole, agglomerate, streak). */
    static final double DEFECT_PER_SEGMENT = 0.005;

    private final Electrode electrode;
    private final RecipeValues recipe;
    private final Faults faults;
    private final Buffer<MotherRoll> output;
    private final FaultFootprints footprints;
    private final String rollIdPrefix;
    private final double rollLengthM;
    private final List<Double> recipeZones;
    private MotherRoll roll;
    private int rollNumber;
    private double positionM;

    CoaterStation(
            String equipmentId,
            Electrode electrode,
            RecipeValues recipe,
            String rollIdPrefix,
            double rollLengthM,
            Faults faults,
            Buffer<MotherRoll> output,
            FaultFootprints footprints,
            long seed) {
        super(equipmentId, EquipmentClass.COATER, seed);
        this.footprints = footprints;
        this.electrode = electrode;
        this.recipe = recipe;
        this.faults = faults;
        this.output = output;
        this.rollIdPrefix = rollIdPrefix;
        this.rollLengthM = rollLengthM;
        this.recipeZones = recipe.dryerZones();
        defineSetpoints();
        defineSignals();
        startRoll();
    }

    private void defineSetpoints() {
        setpoints()
                .define(new SetpointSpec("web_speed", "m/min", 5, 120), recipe.target("web_speed"));
        double coatWeight = recipe.target("coat_weight");
        setpoints()
                .define(
                        new SetpointSpec(
                                "coat_weight", "mg/cm2", coatWeight * 0.5, coatWeight * 1.5),
                        coatWeight);
        for (int zone = 1; zone <= recipeZones.size(); zone++) {
            setpoints()
                    .define(
                            new SetpointSpec(zoneSetpoint(zone), "degC", 20, 180),
                            recipeZones.get(zone - 1));
        }
    }

    private void defineSignals() {
        double cw = recipe.target("coat_weight");
        signal(Signal.process("WebSpeed", "m/min", 0, 120), 0.0);
        signal(Signal.process("CoatWeight", "mg/cm2", 0, cw * 2), cw);
        signal(
                Signal.profile("CoatWeightProfile", "mg/cm2", 0, cw * 2),
                new double[PROFILE_POINTS]);
        signal(Signal.process("WetThickness", "um", 0, 600), 0.0);
        signal(Signal.process("DryThickness", "um", 0, 300), 0.0);
        for (int zone = 1; zone <= recipeZones.size(); zone++) {
            signal(Signal.process(zoneSignal(zone), "degC", 0, 200), recipeZones.get(zone - 1));
        }
        signal(Signal.process("ResidualMoisture", "ppm", 0, 3000), 0.0);
        signal(Signal.context("Electrode", String.class), electrode.name());
        signal(Signal.context("MotherRollId", String.class), "");
        signal(Signal.context("PositionM", Double.class), 0.0);
    }

    @Override
    void step(double now, double seconds) {
        boolean stopped = faults.active(FaultKind.MACHINE_STOP, equipmentId(), now);
        boolean blocked = output.isFull();
        state(stopped || blocked ? MachineryItemState.NOT_EXECUTING : MachineryItemState.EXECUTING);
        double speed = stopped || blocked ? 0.0 : setpoints().get("web_speed");
        double deficit = dryerDeficit(now);
        double moisture = moisture(speed, deficit);
        double coatWeight =
                setpoints().get("coat_weight") * (1.0 - 0.0015 * deficit)
                        + gaussian(0.005 * recipe.target("coat_weight"));
        if (speed > 0) {
            boolean underFault =
                    deficit > 0 || faults.active(FaultKind.GAUGE_FAILURE, equipmentId(), now);
            coat(speed * seconds / 60.0, coatWeight, moisture, underFault);
        }
        showReading(now, speed, coatWeight, moisture);
    }

    private void coat(double metres, double coatWeight, double moisture, boolean underFault) {
        double segmentBefore = Math.floor(positionM / MotherRoll.SEGMENT_M);
        double fromM = positionM;
        positionM = Math.min(positionM + metres, rollLengthM);
        if (underFault) {
            footprints.coatedUnderFault(roll.id(), fromM, positionM);
        }
        roll.recordCoating(positionM - metres / 2, coatWeight, moisture);
        if (Math.floor(positionM / MotherRoll.SEGMENT_M) > segmentBefore
                && noise.nextDouble() < DEFECT_PER_SEGMENT) {
            roll.markDefect(positionM - 1e-6);
        }
        if (positionM >= rollLengthM) {
            output.put(roll);
            startRoll();
        }
    }

    /** How much cooler than the recipe the dryer runs, mean over the zones, in °C. */
    private double dryerDeficit(double now) {
        double drift = faults.magnitude(FaultKind.DRYER_DRIFT, equipmentId(), now);
        double deficit = 0;
        for (int zone = 1; zone <= recipeZones.size(); zone++) {
            deficit += recipeZones.get(zone - 1) - setpoints().get(zoneSetpoint(zone));
        }
        return Math.max(0.0, deficit / recipeZones.size() + drift);
    }

    private double moisture(double speed, double deficit) {
        double speedFactor = Math.max(0.5, speed / recipe.target("web_speed"));
        double ppm = recipe.target("residual_solvent") * speedFactor + 25.0 * deficit;
        return Math.max(0.0, ppm + gaussian(5.0));
    }

    private void showReading(double now, double speed, double coatWeight, double moisture) {
        double ratio = coatWeight / recipe.target("coat_weight");
        boolean gaugeFailed = faults.active(FaultKind.GAUGE_FAILURE, equipmentId(), now);
        show("WebSpeed", speed);
        show("CoatWeight", gaugeFailed ? SensorFault.FAILED : coatWeight);
        show("CoatWeightProfile", gaugeFailed ? SensorFault.FAILED : profile(coatWeight));
        show("WetThickness", recipe.target("wet_thickness") * ratio + gaussian(0.8));
        show("DryThickness", recipe.target("dry_thickness") * ratio + gaussian(0.4));
        double drift = faults.magnitude(FaultKind.DRYER_DRIFT, equipmentId(), now);
        for (int zone = 1; zone <= recipeZones.size(); zone++) {
            show(zoneSignal(zone), setpoints().get(zoneSetpoint(zone)) - drift + gaussian(0.3));
        }
        show("ResidualMoisture", moisture);
        show("MotherRollId", roll.id());
        show("PositionM", positionM);
    }

    /** The scanning gauge's cross-web profile: edge bead on both sides, noise per point. */
    private double[] profile(double mean) {
        double[] points = new double[PROFILE_POINTS];
        for (int i = 0; i < PROFILE_POINTS; i++) {
            double fromEdge = Math.min(i, PROFILE_POINTS - 1 - i);
            double edgeBead = fromEdge < 2 ? 0.02 * (2 - fromEdge) / 2 : -0.002;
            points[i] = mean * (1 + edgeBead) + gaussian(0.003 * mean);
        }
        return points;
    }

    private void startRoll() {
        rollNumber++;
        positionM = 0.0;
        roll =
                new MotherRoll(
                        String.format("%s-%05d", rollIdPrefix, rollNumber),
                        electrode,
                        rollLengthM,
                        recipe.target("coat_weight"));
    }

    public Electrode electrode() {
        return electrode;
    }

    public String motherRollId() {
        return roll.id();
    }

    public double positionM() {
        return positionM;
    }

    private static String zoneSetpoint(int zone) {
        return "dryer_zone_" + zone + "_temp";
    }

    private static String zoneSignal(int zone) {
        return "DryerZone" + zone + "Temp";
    }
}
