package io.gigafab.events.measurement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.gigafab.events.Require;
import java.util.OptionalDouble;

/**
 * The value of one sample: exactly one of a number, a text or a boolean. In JSON it is the plain
 * value itself ({@code 21.3}, {@code "IDLE"}, {@code true}), never a wrapper object; a sample
 * without a value (BAD quality) has {@code "value": null}.
 *
 * <p>Numbers are IEEE doubles and must be finite: a NaN or infinite reading from the equipment is a
 * BAD sample without value, not a number.
 */
@JsonSerialize(using = SampleValueJson.Writer.class)
@JsonDeserialize(using = SampleValueJson.Reader.class)
public sealed interface SampleValue
        permits SampleValue.NumberValue, SampleValue.TextValue, SampleValue.BooleanValue {

    /** A numeric process value, e.g. coat weight 21.3 (mg/cm2). */
    static SampleValue of(double number) {
        return new NumberValue(number);
    }

    /** A text value, e.g. a recipe name or a machine mode read from the equipment. */
    static SampleValue of(String text) {
        return new TextValue(text);
    }

    /** A boolean value, e.g. a door interlock or a "splice detected" flag. */
    static SampleValue of(boolean flag) {
        return new BooleanValue(flag);
    }

    /** The number, if this is a numeric value. */
    default OptionalDouble asNumber() {
        return this instanceof NumberValue numeric
                ? OptionalDouble.of(numeric.number())
                : OptionalDouble.empty();
    }

    /** A finite numeric value. */
    record NumberValue(double number) implements SampleValue {
        public NumberValue {
            Require.finite(number, "SampleValue.number");
        }
    }

    /** A text value. */
    record TextValue(String text) implements SampleValue {
        public TextValue {
            Require.nonNull(text, "SampleValue.text");
        }
    }

    /** A boolean value. */
    record BooleanValue(boolean flag) implements SampleValue {}
}
