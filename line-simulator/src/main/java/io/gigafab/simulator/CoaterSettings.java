package io.gigafab.simulator;

import java.util.List;

/**
 * What drives a simulated electrode coater: line speed, mother roll length, slurry and dryer.
 *
 * @param rollIdPrefix prefix of the mother roll ids the coater produces ({@code <prefix>-00001})
 * @param webSpeedMPerMin web speed set point in m/min
 * @param rollLengthM mother roll length in metres; a new roll starts when it is reached
 * @param targetCoatWeight target areal mass loading per side in mg/cm²
 * @param coatWeightSigma standard deviation of the coat weight around the target in mg/cm²
 * @param slurrySolidsFraction mass fraction of solids in the slurry (0..1)
 * @param slurryDensity slurry density in g/cm³
 * @param dryerZoneSetpoints dryer zone temperature set points in °C, one per zone
 * @param residualMoisturePpm residual solvent/moisture after drying at set speed, in ppm
 * @param seed seed of the process noise; the same seed gives the same readings
 */
public record CoaterSettings(
        String rollIdPrefix,
        double webSpeedMPerMin,
        double rollLengthM,
        double targetCoatWeight,
        double coatWeightSigma,
        double slurrySolidsFraction,
        double slurryDensity,
        List<Double> dryerZoneSetpoints,
        double residualMoisturePpm,
        long seed) {

    public CoaterSettings {
        dryerZoneSetpoints = List.copyOf(dryerZoneSetpoints);
        requirePositive(webSpeedMPerMin, "webSpeedMPerMin");
        requirePositive(rollLengthM, "rollLengthM");
        requirePositive(targetCoatWeight, "targetCoatWeight");
        requirePositive(slurryDensity, "slurryDensity");
        if (coatWeightSigma < 0 || residualMoisturePpm < 0) {
            throw new IllegalArgumentException("sigma and moisture must not be negative");
        }
        if (slurrySolidsFraction <= 0 || slurrySolidsFraction > 1) {
            throw new IllegalArgumentException("slurrySolidsFraction must be in (0, 1]");
        }
        if (dryerZoneSetpoints.isEmpty()) {
            throw new IllegalArgumentException("a coater has at least one dryer zone");
        }
    }

    /**
     * An LFP cathode line: 45 m/min, 3,000 m mother rolls, 22.0 ± 0.15 mg/cm², NMP slurry with 60 %
     * solids (≈ 204 µm wet film), four dryer zones at 95–125 °C, ≈ 300 ppm residual solvent.
     */
    public static CoaterSettings lfpCathode(String equipmentId, long seed) {
        return new CoaterSettings(
                "MR-" + equipmentId,
                45.0,
                3_000.0,
                22.0,
                0.15,
                0.60,
                1.80,
                List.of(95.0, 115.0, 125.0, 110.0),
                300.0,
                seed);
    }

    /** A copy running at another web speed. */
    public CoaterSettings withWebSpeed(double metresPerMinute) {
        return new CoaterSettings(
                rollIdPrefix,
                metresPerMinute,
                rollLengthM,
                targetCoatWeight,
                coatWeightSigma,
                slurrySolidsFraction,
                slurryDensity,
                dryerZoneSetpoints,
                residualMoisturePpm,
                seed);
    }

    /** A copy producing mother rolls of another length. */
    public CoaterSettings withRollLength(double metres) {
        return new CoaterSettings(
                rollIdPrefix,
                webSpeedMPerMin,
                metres,
                targetCoatWeight,
                coatWeightSigma,
                slurrySolidsFraction,
                slurryDensity,
                dryerZoneSetpoints,
                residualMoisturePpm,
                seed);
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
