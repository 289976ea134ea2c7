package io.gigafab.gateway.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Configuration checks whose messages name the field, so plant IT can fix the file. */
final class Check {

    private Check() {}

    static void that(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static void text(String value, String field) {
        that(value != null && !value.isBlank(), field + " is required");
    }

    static void unique(List<String> values, String field) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            that(seen.add(value), field + ": " + value + " appears twice");
        }
    }
}
