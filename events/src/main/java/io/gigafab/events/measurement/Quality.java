package io.gigafab.events.measurement;

import io.gigafab.events.Require;

/**
 * Quality of a sampled value, the severity part of its OPC UA status code. Analytics use only GOOD
 * values for statistics; UNCERTAIN values are kept but flagged; BAD samples usually carry no value.
 */
public enum Quality {
    GOOD,
    UNCERTAIN,
    BAD;

    /** The largest OPC UA status code (an unsigned 32-bit number). */
    public static final long MAX_STATUS_CODE = 0xFFFF_FFFFL;

    /**
     * The quality encoded in the two severity bits (31..30) of an OPC UA status code: 00 good, 01
     * uncertain, 10 and 11 bad. E.g. 0x00000000 Good, 0x40000000 Uncertain, 0x80340000
     * BadNodeIdUnknown.
     *
     * @throws IllegalArgumentException if the code is not an unsigned 32-bit number
     */
    public static Quality fromStatusCode(long statusCode) {
        Require.between(statusCode, 0, MAX_STATUS_CODE, "statusCode");
        int severity = (int) (statusCode >>> 30);
        return switch (severity) {
            case 0 -> GOOD;
            case 1 -> UNCERTAIN;
            default -> BAD;
        };
    }
}
