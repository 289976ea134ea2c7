package io.gigafab.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * A small deterministic model of an electrode coater with dryer.
 *
 * <p>While running, the web moves at the set speed; the position on the mother roll grows with
 * speed × time and a new mother roll starts when the roll length is reached (the remainder carries
 * over onto the new roll). Coat weight is the target plus gaussian noise, the wet film thickness
 * follows from it through the slurry's solids fraction and density, dryer zones sit at their set
 * points with a little noise, residual moisture rises with web speed (shorter drying time).
 *
 * <p>All noise comes from one {@link Random} seeded from the settings, so a given seed and sequence
 * of {@link #advance} calls always produce the same readings. Thread-safe.
 */
public final class CoaterProcess {

    private static final double WET_THICKNESS_SIGMA_UM = 0.5;
    private static final double DRYER_TEMP_SIGMA_C = 0.3;
    private static final double MOISTURE_SIGMA_PPM = 10.0;

    private final CoaterSettings settings;
    private final Random noise;
    private long rollNumber = 1;
    private double positionM;
    private boolean running = true;
    private CoaterReading current;

    public CoaterProcess(CoaterSettings settings) {
        this.settings = settings;
        this.noise = new Random(settings.seed());
        this.current = measure();
    }

    /** Let {@code elapsed} time pass and return what the sensors show afterwards. */
    public synchronized CoaterReading advance(Duration elapsed) {
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("time does not run backwards: " + elapsed);
        }
        if (running) {
            moveWeb(settings.webSpeedMPerMin() * elapsed.toNanos() / 60e9);
        }
        current = measure();
        return current;
    }

    /** The last reading, without advancing time. */
    public synchronized CoaterReading current() {
        return current;
    }

    /** Stop the web: position stays, state becomes NotExecuting. */
    public synchronized void stop() {
        running = false;
        current = measure();
    }

    /** Start the web again at the set speed. */
    public synchronized void start() {
        running = true;
        current = measure();
    }

    public CoaterSettings settings() {
        return settings;
    }

    private void moveWeb(double metres) {
        positionM += metres;
        while (positionM >= settings.rollLengthM()) {
            positionM -= settings.rollLengthM();
            rollNumber++;
        }
    }

    private CoaterReading measure() {
        double coatWeight = settings.targetCoatWeight() + gaussian(settings.coatWeightSigma());
        double speed = running ? settings.webSpeedMPerMin() : 0.0;
        return new CoaterReading(
                String.format("%s-%05d", settings.rollIdPrefix(), rollNumber),
                positionM,
                speed,
                coatWeight,
                wetThicknessFor(coatWeight) + gaussian(WET_THICKNESS_SIGMA_UM),
                dryerZoneTemps(),
                residualMoisture(speed),
                running ? MachineryItemState.EXECUTING : MachineryItemState.NOT_EXECUTING,
                MachineryOperationMode.PROCESSING);
    }

    /** µm of wet slurry that carry {@code coatWeight} mg/cm² of solids. */
    private double wetThicknessFor(double coatWeight) {
        // mg/cm² → g/cm² (/1000), / (solids × g/cm³) → cm, cm → µm (×10,000)
        return coatWeight * 10.0 / (settings.slurrySolidsFraction() * settings.slurryDensity());
    }

    private List<Double> dryerZoneTemps() {
        return settings.dryerZoneSetpoints().stream()
                .map(setpoint -> setpoint + gaussian(DRYER_TEMP_SIGMA_C))
                .toList();
    }

    private double residualMoisture(double speed) {
        double speedFactor = speed / settings.webSpeedMPerMin();
        double ppm = settings.residualMoisturePpm() * Math.max(speedFactor, 0.5);
        return Math.max(0.0, ppm + gaussian(MOISTURE_SIGMA_PPM));
    }

    private double gaussian(double sigma) {
        return noise.nextGaussian() * sigma;
    }
}
