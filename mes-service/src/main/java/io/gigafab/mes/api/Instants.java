package io.gigafab.mes.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** ISO-8601 instants from query parameters, with a 400 problem that names the parameter. */
public final class Instants {

    private Instants() {}

    /** The instant, or null when the parameter is absent or blank. */
    public static Instant optional(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    name + " must be an ISO-8601 instant like 2026-11-22T06:00:00Z, got " + text);
        }
    }

    /** The instant; a 400 problem when the parameter is absent. */
    public static Instant required(String text, String name) {
        Instant instant = optional(text, name);
        if (instant == null) {
            throw new IllegalArgumentException(
                    name + " is required (ISO-8601, e.g. 2026-11-22T06:00:00Z)");
        }
        return instant;
    }
}
