package io.gigafab.analytics.yield;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The three-shift pattern of the plant in UTC: EARLY 06–14, LATE 14–22, NIGHT 22–06. A shift is
 * named by its start date and letter, e.g. "2026-11-20 EARLY"; a night shift belongs to the day it
 * starts.
 */
public final class Shifts {

    private Shifts() {}

    public static String of(long epochMillis) {
        var time = Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC);
        int hour = time.getHour();
        if (hour >= 6 && hour < 14) {
            return time.toLocalDate() + " EARLY";
        }
        if (hour >= 14 && hour < 22) {
            return time.toLocalDate() + " LATE";
        }
        var shiftDay = hour < 6 ? time.toLocalDate().minusDays(1) : time.toLocalDate();
        return shiftDay + " NIGHT";
    }
}
