package io.gigafab.gateway;

import io.gigafab.events.measurement.ProductionContext;
import io.gigafab.events.measurement.Quality;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import java.time.Instant;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;

/**
 * Turns one OPC UA data change into a {@link Sample} of the measurement contract. The status code
 * travels unchanged and decides the quality; a BAD value is forwarded as a BAD sample without value
 * — never dropped, never turned into a number.
 */
public final class SampleMapper {

    private SampleMapper() {}

    /**
     * Maps a data value of one tag.
     *
     * @param tag the normalised tag, e.g. "coating.coatWeight"
     * @param engineeringUnit the tag's unit from its EngineeringUnits property (optional)
     * @param dataValue what the server sent
     * @param receivedAt when the gateway received it (used when the server sent no timestamp)
     * @param context the production context read with the value (optional)
     */
    public static Sample toSample(
            String tag,
            String engineeringUnit,
            DataValue dataValue,
            Instant receivedAt,
            ProductionContext context) {
        long status = dataValue.getStatusCode().getValue();
        Instant sourceTime =
                firstValid(dataValue.getSourceTime(), dataValue.getServerTime(), receivedAt);
        Instant serverTime = valid(dataValue.getServerTime());
        if (Quality.fromStatusCode(status) == Quality.BAD) {
            return bad(tag, engineeringUnit, status, sourceTime, serverTime, context);
        }
        Object raw = dataValue.getValue().getValue();
        SampleValue value = valueOf(raw);
        if (value == null) {
            long reason =
                    raw instanceof Double || raw instanceof Float
                            ? StatusCodes.Bad_OutOfRange
                            : StatusCodes.Bad_TypeMismatch;
            return bad(tag, engineeringUnit, reason, sourceTime, serverTime, context);
        }
        return new Sample(
                tag, value, engineeringUnit, status, null, sourceTime, serverTime, context);
    }

    /**
     * The sample value of a scalar OPC UA value, or null when it has none: a null variant, a NaN or
     * infinite reading, or a type the contract cannot carry (arrays, structures).
     */
    static SampleValue valueOf(Object raw) {
        if (raw instanceof Number number) {
            double numeric = number.doubleValue();
            return Double.isFinite(numeric) ? SampleValue.of(numeric) : null;
        }
        if (raw instanceof Boolean flag) {
            return SampleValue.of(flag);
        }
        if (raw instanceof String text) {
            return SampleValue.of(text);
        }
        if (raw instanceof LocalizedText text && text.text() != null) {
            return SampleValue.of(text.text());
        }
        return null;
    }

    private static Sample bad(
            String tag,
            String unit,
            long status,
            Instant sourceTime,
            Instant serverTime,
            ProductionContext context) {
        return new Sample(tag, null, unit, status, null, sourceTime, serverTime, context);
    }

    private static Instant firstValid(DateTime source, DateTime server, Instant receivedAt) {
        Instant fromSource = valid(source);
        if (fromSource != null) {
            return fromSource;
        }
        Instant fromServer = valid(server);
        return fromServer != null ? fromServer : receivedAt;
    }

    private static Instant valid(DateTime time) {
        return time == null || time.isNull() || !time.isValid() ? null : time.getJavaInstant();
    }
}
