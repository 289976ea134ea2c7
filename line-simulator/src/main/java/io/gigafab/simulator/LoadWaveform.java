package io.gigafab.simulator;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * The values of the load tags, tick by tick: each tag is a sine around 50 % with its own period
 * (1–60 s), phase and amplitude (10–45 %), plus ±1 % uniform noise, so every tag changes on every
 * tick and stays inside 0–100 %. Pure and deterministic: the same seed gives the same sequence.
 * Allocation-free per tick (the caller supplies the array).
 */
final class LoadWaveform {

    static final double CENTRE = 50.0;
    static final double NOISE = 1.0;

    private static final double MIN_PERIOD_S = 1.0;
    private static final double MAX_PERIOD_S = 60.0;
    private static final double MIN_AMPLITUDE = 10.0;
    private static final double MAX_AMPLITUDE = 45.0;

    private final double[] radiansPerTick;
    private final double[] phase;
    private final double[] amplitude;
    private final SplittableRandom noise;
    private long tick;

    LoadWaveform(int tags, Duration interval, long seed) {
        var shape = new SplittableRandom(seed);
        double intervalS = interval.toNanos() / 1e9;
        radiansPerTick = new double[tags];
        phase = new double[tags];
        amplitude = new double[tags];
        for (int i = 0; i < tags; i++) {
            double periodS = shape.nextDouble(MIN_PERIOD_S, MAX_PERIOD_S);
            radiansPerTick[i] = 2 * Math.PI * intervalS / periodS;
            phase[i] = shape.nextDouble(0, 2 * Math.PI);
            amplitude[i] = shape.nextDouble(MIN_AMPLITUDE, MAX_AMPLITUDE);
        }
        noise = shape.split();
    }

    int tags() {
        return amplitude.length;
    }

    /** Advance one tick and write every tag's value into {@code values}. */
    void next(double[] values) {
        tick++;
        for (int i = 0; i < values.length; i++) {
            double wave = amplitude[i] * Math.sin(tick * radiansPerTick[i] + phase[i]);
            values[i] = CENTRE + wave + NOISE * (2 * noise.nextDouble() - 1);
        }
    }
}
