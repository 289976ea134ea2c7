package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadSettingsTest {

    @Test
    void loadIsOffUnlessTagsAreConfigured() {
        assertThat(LoadSettings.fromEnvironment(Map.of())).isEmpty();
        assertThat(LoadSettings.fromEnvironment(Map.of("GIGAFAB_SIMULATOR_LOAD_TAGS", "0")))
                .isEmpty();
    }

    @Test
    void environmentGivesTagsIntervalAndSeed() {
        Optional<LoadSettings> load =
                LoadSettings.fromEnvironment(
                        Map.of(
                                "GIGAFAB_SIMULATOR_LOAD_TAGS", "5000",
                                "GIGAFAB_SIMULATOR_LOAD_INTERVAL_MS", "10",
                                "GIGAFAB_SIMULATOR_SEED", "7"));

        assertThat(load).contains(new LoadSettings(5_000, Duration.ofMillis(10), 7L));
        assertThat(LoadSettings.fromEnvironment(Map.of("GIGAFAB_SIMULATOR_LOAD_TAGS", "10")))
                .contains(LoadSettings.of(10, Duration.ofMillis(100)));
    }

    @Test
    void outOfRangeLoadIsRefused() {
        assertThatThrownBy(() -> LoadSettings.of(100_000, Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadSettings.of(-1, Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadSettings.of(10, Duration.ofNanos(500_000)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(
                        () ->
                                LoadSettings.fromEnvironment(
                                        Map.of("GIGAFAB_SIMULATOR_LOAD_TAGS", "many")))
                .hasMessageContaining("GIGAFAB_SIMULATOR_LOAD_TAGS");
    }

    @Test
    void waveformIsDeterministicChangesEveryTickAndStaysInRange() {
        var first = new LoadWaveform(1_000, Duration.ofMillis(10), 42L);
        var second = new LoadWaveform(1_000, Duration.ofMillis(10), 42L);
        double[] a = new double[1_000];
        double[] b = new double[1_000];
        double[] previous = new double[1_000];

        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        long unchanged = 0;
        for (int tick = 0; tick < 6_000; tick++) { // one minute of 10 ms ticks: every period
            System.arraycopy(a, 0, previous, 0, a.length);
            first.next(a);
            second.next(b);
            assertThat(a).isEqualTo(b);
            for (int i = 0; i < a.length; i++) {
                min = Math.min(min, a[i]);
                max = Math.max(max, a[i]);
                unchanged += a[i] == previous[i] ? 1 : 0;
            }
        }

        assertThat(unchanged).isZero();
        assertThat(min).isBetween(0.0, 10.0);
        assertThat(max).isBetween(90.0, 100.0);
    }

    @Test
    void tagNamesHaveFiveDigits() {
        assertThat(LoadNamespace.tagName(1)).isEqualTo("Tag00001");
        assertThat(LoadNamespace.tagName(LoadSettings.MAX_TAGS)).isEqualTo("Tag99999");
    }
}
