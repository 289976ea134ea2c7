package io.gigafab.simulator.line;

import io.gigafab.recipes.GradeBin;
import io.gigafab.recipes.Limits;
import java.util.Map;
import java.util.Random;

/**
 * How a cell's measured outcome follows from where and how it was made. These are the causal links
 * the analytics has to find: a cathode stretch coated light gives less capacity; residual moisture
 * (from a cool dryer or a humid dry room) raises self-discharge and resistance; an over-densified
 * electrode raises resistance; too little anode overhang risks lithium plating.
 */
final class CellPhysics {

    private final DesignTargets targets;

    CellPhysics(DesignTargets targets) {
        this.targets = targets;
    }

    double capacityAh(Cell cell, Random noise) {
        double deviation = finiteOr(cell.cathode().coatWeightDeviation(), 0.0);
        double target = targets.grading().target("capacity");
        return target * (1 + 0.9 * deviation) * (1 + noise.nextGaussian() * 0.005);
    }

    double coulombicEfficiency(Cell cell, Random noise) {
        double first = targets.formation().target("first_cycle_efficiency") / 100.0;
        return first - 0.00002 * excessMoisturePpm(cell) + noise.nextGaussian() * 0.004;
    }

    double kValue(Cell cell, Random noise) {
        double median = targets.aging().target("k_value");
        double dewTarget = targets.filling().target("dew_point");
        double minOverhang = targets.stacking().lower("anode_overhang", 0.5);
        return median * Math.exp(noise.nextGaussian() * 0.6)
                + 0.002 * excessMoisturePpm(cell)
                + 0.05 * Math.max(0.0, cell.dewPointC - dewTarget)
                + 0.6 * Math.max(0.0, minOverhang - cell.overhangMm);
    }

    double dcirMOhm(Cell cell, Random noise) {
        double targetDensity = targets.cathode().calendering().target("target_density");
        double densityDeviation = finiteOr(cell.cathode().density() / targetDensity - 1.0, 0.0);
        return targets.grading().target("dcir")
                * (1 + 2.0 * Math.abs(densityDeviation))
                * (1 + 0.0005 * excessMoisturePpm(cell))
                * Math.exp(noise.nextGaussian() * 0.05);
    }

    double ocvV(Random noise) {
        return targets.grading().target("ocv") + noise.nextGaussian() * 0.004;
    }

    /** The first bin whose every criterion holds, else SCRAP. */
    String grade(Cell cell) {
        Map<String, Double> measured =
                Map.of(
                        "capacity", cell.capacityAh,
                        "dcir", cell.dcirMOhm,
                        "k_value", cell.kValueMvPerDay,
                        "ocv", cell.ocvEndV);
        for (GradeBin bin : targets.grades()) {
            if (bin.criteria().entrySet().stream().allMatch(c -> holds(c, measured))) {
                return bin.grade();
            }
        }
        return "SCRAP";
    }

    /** Moisture the electrodes carry above what their coating recipes allow, in ppm. */
    private double excessMoisturePpm(Cell cell) {
        double cathode =
                cell.cathode().moisture() - targets.cathode().coating().target("residual_solvent");
        double anode =
                cell.anode().moisture() - targets.anode().coating().target("residual_solvent");
        return Math.max(0.0, finiteOr(cathode, 0.0)) + 0.5 * Math.max(0.0, finiteOr(anode, 0.0));
    }

    private static boolean holds(
            Map.Entry<String, Limits> criterion, Map<String, Double> measured) {
        Double value = measured.get(criterion.getKey());
        return value == null || (!value.isNaN() && criterion.getValue().contains(value));
    }

    private static double finiteOr(double value, double fallback) {
        return Double.isFinite(value) ? value : fallback;
    }
}
