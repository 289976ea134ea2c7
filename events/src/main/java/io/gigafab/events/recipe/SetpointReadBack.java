package io.gigafab.events.recipe;

import io.gigafab.events.Require;

/**
 * What the gateway read back from the equipment after writing one setpoint.
 *
 * @param parameter the recipe parameter
 * @param requested the value that was to be written
 * @param readBack the value read back from the equipment (null when it could not be read)
 * @param ok whether the read-back matches the request
 * @param message why not, e.g. "BadOutOfRange" (optional)
 */
public record SetpointReadBack(
        String parameter, double requested, Double readBack, boolean ok, String message) {

    public SetpointReadBack {
        Require.text(parameter, "SetpointReadBack.parameter");
        Require.finite(requested, "SetpointReadBack.requested");
        Require.optionalFinite(readBack, "SetpointReadBack.readBack");
        Require.optionalText(message, "SetpointReadBack.message");
        if (ok && readBack == null) {
            throw new IllegalArgumentException(
                    "SetpointReadBack.readBack is required when ok (parameter " + parameter + ")");
        }
    }
}
