package io.gigafab.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Field checks shared by the compact constructors of the message records. Every failure message
 * names the field as "Record.field", so a rejected message says exactly what is wrong.
 */
public final class Require {

    private Require() {}

    /** The value, or a NullPointerException "field is required". */
    public static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " is required");
    }

    /** A required, non-blank text. */
    public static String text(String value, String field) {
        nonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** An optional text: null is fine, blank is not. */
    public static String optionalText(String value, String field) {
        return value == null ? null : text(value, field);
    }

    /** A finite number (no NaN, no infinity: they have no JSON representation). */
    public static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, got " + value);
        }
        return value;
    }

    /** An optional finite number. */
    public static Double optionalFinite(Double value, String field) {
        return value == null ? null : finite(value, field);
    }

    /** A finite number &ge; 0. */
    public static double nonNegative(double value, String field) {
        finite(value, field);
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, got " + value);
        }
        return value;
    }

    /** A finite number &gt; 0. */
    public static double positive(double value, String field) {
        finite(value, field);
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, got " + value);
        }
        return value;
    }

    /** A whole number &ge; min. */
    public static long atLeast(long value, long min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be >= " + min + ", got " + value);
        }
        return value;
    }

    /** A whole number in [min, max]. */
    public static long between(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(
                    field + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** An optional recipe version: null, or &ge; 1. */
    public static Integer optionalVersion(Integer value, String field) {
        if (value != null) {
            atLeast(value, 1, field);
        }
        return value;
    }

    /** An immutable copy of a list; null becomes the empty list, null elements are rejected. */
    public static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            copy.add(Objects.requireNonNull(value, () -> field + " must not contain null"));
        }
        return Collections.unmodifiableList(copy);
    }

    /** An immutable copy of a list that must hold at least one element. */
    public static <T> List<T> nonEmptyList(List<T> values, String field) {
        List<T> copy = list(nonNull(values, field), field);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return copy;
    }

    /**
     * An immutable copy of a map sorted by key (so its JSON is stable); null becomes the empty map,
     * null keys or values are rejected.
     */
    public static <V> Map<String, V> sortedMap(Map<String, V> values, String field) {
        if (values == null) {
            return Map.of();
        }
        TreeMap<String, V> copy = new TreeMap<>();
        values.forEach(
                (key, value) ->
                        copy.put(
                                Objects.requireNonNull(
                                        key, () -> field + " must not have a null key"),
                                Objects.requireNonNull(
                                        value, () -> field + " must not have a null value")));
        return Collections.unmodifiableMap(copy);
    }
}
