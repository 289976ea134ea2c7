package io.gigafab.events.measurement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gigafab.events.Require;
import java.time.Instant;

/**
 * One process value sampled at the equipment (one OPC UA data change), e.g. the coat weight 21.3
 * mg/cm2 measured on cathode roll R-240117-C03 at 1234.5 m.
 *
 * <p>The production context travels with each sample, not with the batch: within one batch the roll
 * position or the cell on a formation channel changes from sample to sample.
 *
 * @param tag the normalised tag of the process value, e.g. "coating.arealMass.sideA"
 * @param value the value; null only for a BAD sample (always written, as JSON null)
 * @param engineeringUnit the unit of the value, e.g. "mg/cm2", "°C", "m/min" (optional)
 * @param statusCode the OPC UA status code, an unsigned 32-bit number, 0 = Good
 * @param quality the severity of the status code; when null it is derived from the status code,
 *     when given it must match it
 * @param sourceTimestamp when the equipment sampled the value (OPC UA SourceTimestamp; the gateway
 *     falls back to the server or receive time when the source gives none)
 * @param serverTimestamp when the OPC UA server saw the value (optional)
 * @param context what was being produced (optional)
 */
public record Sample(
        String tag,
        @JsonInclude(JsonInclude.Include.ALWAYS) SampleValue value,
        String engineeringUnit,
        long statusCode,
        Quality quality,
        Instant sourceTimestamp,
        Instant serverTimestamp,
        ProductionContext context) {

    public Sample {
        Require.text(tag, "Sample.tag");
        Require.optionalText(engineeringUnit, "Sample.engineeringUnit");
        Require.between(statusCode, 0, Quality.MAX_STATUS_CODE, "Sample.statusCode");
        Quality fromCode = Quality.fromStatusCode(statusCode);
        if (quality == null) {
            quality = fromCode;
        } else if (quality != fromCode) {
            throw new IllegalArgumentException(
                    "Sample.quality "
                            + quality
                            + " does not match statusCode 0x"
                            + Long.toHexString(statusCode)
                            + " ("
                            + fromCode
                            + ")");
        }
        if (value == null && quality != Quality.BAD) {
            throw new IllegalArgumentException(
                    "Sample.value is required unless the quality is BAD (tag " + tag + ")");
        }
        Require.nonNull(sourceTimestamp, "Sample.sourceTimestamp");
    }

    /** A GOOD sample (status code 0). */
    public static Sample good(
            String tag,
            SampleValue value,
            String engineeringUnit,
            Instant sourceTimestamp,
            ProductionContext context) {
        return new Sample(
                tag, value, engineeringUnit, 0L, Quality.GOOD, sourceTimestamp, null, context);
    }

    /** A BAD sample without value, e.g. status 0x80340000 BadNodeIdUnknown. */
    public static Sample bad(
            String tag, long statusCode, Instant sourceTimestamp, ProductionContext context) {
        return new Sample(tag, null, null, statusCode, null, sourceTimestamp, null, context);
    }
}
