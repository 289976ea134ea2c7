package io.gigafab.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigafab.events.measurement.Quality;
import io.gigafab.events.measurement.Sample;
import io.gigafab.events.measurement.SampleValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityTest {

    @ParameterizedTest(name = "0x{0} -> {1}")
    @CsvSource({
        "00000000, GOOD", // Good
        "002D0000, GOOD", // GoodClamped (info bits do not change the severity)
        "3FFFFFFF, GOOD",
        "40000000, UNCERTAIN", // Uncertain
        "40900000, UNCERTAIN", // UncertainLastUsableValue
        "7FFFFFFF, UNCERTAIN",
        "80000000, BAD", // Bad
        "80340000, BAD", // BadNodeIdUnknown
        "808A0000, BAD", // BadWaitingForInitialData
        "C0000000, BAD", // severity bits 11 are reserved, treated as bad
        "FFFFFFFF, BAD"
    })
    void qualityFollowsTheSeverityBitsOfTheStatusCode(String hex, Quality expected) {
        assertThat(Quality.fromStatusCode(Long.parseLong(hex, 16))).isEqualTo(expected);
    }

    @Test
    void statusCodeMustBeAnUnsigned32BitNumber() {
        assertThatThrownBy(() -> Quality.fromStatusCode(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("statusCode");
        assertThatThrownBy(() -> Quality.fromStatusCode(0x1_0000_0000L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sampleDerivesQualityFromStatusCode() {
        Sample sample =
                new Sample(
                        "gauge.lane1",
                        SampleValue.of(20.9),
                        "mg/cm2",
                        0x40900000L,
                        null,
                        Examples.T0,
                        null,
                        null);

        assertThat(sample.quality()).isEqualTo(Quality.UNCERTAIN);
    }

    @Test
    void sampleRejectsQualityThatContradictsStatusCode() {
        assertThatThrownBy(
                        () ->
                                new Sample(
                                        "gauge.lane1",
                                        SampleValue.of(20.9),
                                        null,
                                        0x80340000L,
                                        Quality.GOOD,
                                        Examples.T0,
                                        null,
                                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Sample.quality GOOD does not match statusCode 0x80340000");
    }

    @Test
    void onlyABadSampleMayLackAValue() {
        assertThat(Sample.bad("gauge.lane2", 0x80340000L, Examples.T0, null).value()).isNull();
        assertThatThrownBy(
                        () ->
                                new Sample(
                                        "gauge.lane2",
                                        null,
                                        null,
                                        0L,
                                        null,
                                        Examples.T0,
                                        null,
                                        null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Sample.value is required unless the quality is BAD");
    }
}
