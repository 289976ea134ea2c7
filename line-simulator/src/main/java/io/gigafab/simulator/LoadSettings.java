package io.gigafab.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark load of an {@link EquipmentServer}: {@code tags} Double AnalogItems under {@code
 * Objects/Load}, all updated every {@code interval} with a waveform seeded by {@code seed}.
 */
public record LoadSettings(int tags, Duration interval, long seed) {

    /** Tag names have five digits: {@code Tag00001} … {@code Tag99999}. */
    public static final int MAX_TAGS = 99_999;

    public static final long DEFAULT_SEED = 42L;

    public LoadSettings {
        if (tags < 1 || tags > MAX_TAGS) {
            throw new IllegalArgumentException("load tags must be 1.." + MAX_TAGS + ": " + tags);
        }
        if (interval.toMillis() < 1) {
            throw new IllegalArgumentException("load interval must be at least 1 ms: " + interval);
        }
    }

    public static LoadSettings of(int tags, Duration interval) {
        return new LoadSettings(tags, interval, DEFAULT_SEED);
    }

    /**
     * The load from {@code GIGAFAB_SIMULATOR_LOAD_TAGS} (absent or 0: no load) and {@code
     * GIGAFAB_SIMULATOR_LOAD_INTERVAL_MS} (default 100); the seed is {@code
     * GIGAFAB_SIMULATOR_SEED}.
     */
    public static Optional<LoadSettings> fromEnvironment(Map<String, String> env) {
        long tags = number(env, "GIGAFAB_SIMULATOR_LOAD_TAGS", 0);
        if (tags == 0) {
            return Optional.empty();
        }
        long intervalMs = number(env, "GIGAFAB_SIMULATOR_LOAD_INTERVAL_MS", 100);
        long seed = number(env, "GIGAFAB_SIMULATOR_SEED", DEFAULT_SEED);
        return Optional.of(
                new LoadSettings(
                        (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, tags)),
                        Duration.ofMillis(intervalMs),
                        seed));
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number: " + value, e);
        }
    }
}
