package io.gigafab.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.gigafab.events.EventJson;
import io.gigafab.events.measurement.ProductionContext;
import io.gigafab.events.measurement.Quality;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import java.time.Instant;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.Test;

class SampleMapperTest {

    private static final Instant SOURCE = Instant.parse("2026-11-20T08:15:30.125Z");
    private static final Instant SERVER = Instant.parse("2026-11-20T08:15:30.130Z");
    private static final Instant RECEIVED = Instant.parse("2026-11-20T08:15:30.200Z");
    private static final ProductionContext AT_ROLL_POSITION =
            new ProductionContext(
                    "PO-1001", null, "R-240117-C03", 1234.5, null, null, null, "LFP-COAT-C", 2);

    @Test
    void goodNumberKeepsValueUnitTimestampsAndContext() {
        DataValue coatWeight =
                new DataValue(
                        Variant.ofDouble(21.3),
                        StatusCode.GOOD,
                        new DateTime(SOURCE),
                        new DateTime(SERVER));

        Sample sample = map("coating.coatWeight", "mg/cm2", coatWeight);

        assertThat(sample.value()).isEqualTo(SampleValue.of(21.3));
        assertThat(sample.quality()).isEqualTo(Quality.GOOD);
        assertThat(sample.engineeringUnit()).isEqualTo("mg/cm2");
        assertThat(sample.sourceTimestamp()).isEqualTo(SOURCE);
        assertThat(sample.serverTimestamp()).isEqualTo(SERVER);
        assertThat(sample.context()).isEqualTo(AT_ROLL_POSITION);
    }

    @Test
    void badValueIsForwardedWithItsStatusAndNoNumber() {
        long badNodeIdUnknown = StatusCodes.Bad_NodeIdUnknown;
        DataValue unreadable =
                new DataValue(
                        Variant.ofDouble(0.0),
                        new StatusCode(badNodeIdUnknown),
                        new DateTime(SOURCE),
                        null);

        Sample sample = map("coating.coatWeight", "mg/cm2", unreadable);

        assertThat(sample.quality()).isEqualTo(Quality.BAD);
        assertThat(sample.statusCode()).isEqualTo(badNodeIdUnknown);
        assertThat(sample.value()).as("a BAD reading must not become 0.0").isNull();
        assertThat(EventJson.toJson(sample)).contains("\"value\":null");
    }

    @Test
    void uncertainValueKeepsItsValueAndIsMarkedUncertain() {
        DataValue lastUsable =
                new DataValue(
                        Variant.ofFloat(118.5f),
                        new StatusCode(StatusCodes.Uncertain_LastUsableValue),
                        new DateTime(SOURCE),
                        null);

        Sample sample = map("coating.dryerZone1Temp", "degC", lastUsable);

        assertThat(sample.quality()).isEqualTo(Quality.UNCERTAIN);
        assertThat(sample.value().asNumber()).hasValue(118.5);
    }

    @Test
    void notANumberFromTheEquipmentBecomesBadOutOfRange() {
        Sample sample =
                map(
                        "coating.wetThickness",
                        "um",
                        new DataValue(
                                Variant.ofDouble(Double.NaN),
                                StatusCode.GOOD,
                                new DateTime(SOURCE),
                                null));

        assertThat(sample.quality()).isEqualTo(Quality.BAD);
        assertThat(sample.statusCode()).isEqualTo(StatusCodes.Bad_OutOfRange);
        assertThat(sample.value()).isNull();
    }

    @Test
    void textBooleanUnsignedAndLocalizedTextAreCarried() {
        assertThat(SampleMapper.valueOf("R-240117-C03")).isEqualTo(SampleValue.of("R-240117-C03"));
        assertThat(SampleMapper.valueOf(true)).isEqualTo(SampleValue.of(true));
        assertThat(SampleMapper.valueOf(uint(4_000_000_000L))).isEqualTo(SampleValue.of(4.0e9));
        assertThat(SampleMapper.valueOf(LocalizedText.english("Executing")))
                .isEqualTo(SampleValue.of("Executing"));
    }

    @Test
    void structuresTheContractCannotCarryAreBadTypeMismatchNotDropped() {
        DataValue profile =
                new DataValue(
                        new Variant(new double[] {21.1, 21.3, 21.2}),
                        StatusCode.GOOD,
                        new DateTime(SOURCE),
                        null);

        Sample sample = map("coating.coatWeightProfile", "mg/cm2", profile);

        assertThat(sample.quality()).isEqualTo(Quality.BAD);
        assertThat(sample.statusCode()).isEqualTo(StatusCodes.Bad_TypeMismatch);
    }

    @Test
    void missingSourceTimestampFallsBackToServerThenReceiveTime() {
        DataValue serverOnly =
                new DataValue(Variant.ofDouble(40.0), StatusCode.GOOD, null, new DateTime(SERVER));
        DataValue none = new DataValue(Variant.ofDouble(40.0), StatusCode.GOOD, null, null);

        assertThat(map("coating.webSpeed", "m/min", serverOnly).sourceTimestamp())
                .isEqualTo(SERVER);
        assertThat(map("coating.webSpeed", "m/min", none).sourceTimestamp()).isEqualTo(RECEIVED);
    }

    private static Sample map(String tag, String unit, DataValue value) {
        return SampleMapper.toSample(tag, unit, value, RECEIVED, AT_ROLL_POSITION);
    }
}
