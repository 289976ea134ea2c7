package io.gigafab.analytics.yield;

import io.gigafab.events.unit.TrackOutResult;

/**
 * A finished operation of one unit with the recipe its track-in named: the unit of first-pass
 * yield.
 *
 * @param unitId the unit
 * @param equipmentPath ISA-95 path of the machine
 * @param line the line
 * @param operation the routing operation
 * @param result PASS, FAIL or REWORK
 * @param defectCodes the defects found, never null
 * @param recipe "recipeId v<version>", or null when the track-in named none
 * @param occurredAtMillis event time of the track-out
 */
public record TrackOut(
        String unitId,
        String equipmentPath,
        String line,
        String operation,
        TrackOutResult result,
        String[] defectCodes,
        String recipe,
        long occurredAtMillis) {}
