package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoaterProcessTest {

    private static final Duration TICK = Duration.ofMillis(100);

    private final CoaterSettings lfp = CoaterSettings.lfpCathode("COAT-01", 42L);

    @Test
    void positionAdvancesWithWebSpeedTimesTime() {
        var process = new CoaterProcess(lfp.withWebSpeed(60.0));

        assertThat(process.current().positionM()).isZero();
        assertThat(process.advance(Duration.ofSeconds(30)).positionM())
                .isCloseTo(30.0, within(1e-9));
        for (int i = 0; i < 100; i++) {
            process.advance(TICK);
        }
        // 30 m + 100 × 0.1 s × 1 m/s
        assertThat(process.current().positionM()).isCloseTo(40.0, within(1e-9));
        assertThat(process.current().webSpeed()).isEqualTo(60.0);
        assertThat(process.current().state()).isEqualTo(MachineryItemState.EXECUTING);
        assertThat(process.current().mode()).isEqualTo(MachineryOperationMode.PROCESSING);
    }

    @Test
    void newMotherRollStartsWhenTheRollLengthIsReached() {
        var process = new CoaterProcess(lfp.withWebSpeed(60.0).withRollLength(100.0));

        CoaterReading beforeEnd = process.advance(Duration.ofSeconds(99));
        assertThat(beforeEnd.motherRollId()).isEqualTo("MR-COAT-01-00001");
        assertThat(beforeEnd.positionM()).isCloseTo(99.0, within(1e-9));

        CoaterReading afterEnd = process.advance(Duration.ofSeconds(2));
        assertThat(afterEnd.motherRollId()).isEqualTo("MR-COAT-01-00002");
        assertThat(afterEnd.positionM()).isCloseTo(1.0, within(1e-9));

        CoaterReading twoRollsLater = process.advance(Duration.ofSeconds(200));
        assertThat(twoRollsLater.motherRollId()).isEqualTo("MR-COAT-01-00004");
        assertThat(twoRollsLater.positionM()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void coatWeightStaysInAPlausibleBandAroundTheTarget() {
        var process = new CoaterProcess(lfp);
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            weights.add(process.advance(TICK).coatWeight());
        }

        double mean = weights.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance =
                weights.stream().mapToDouble(w -> (w - mean) * (w - mean)).sum() / weights.size();
        assertThat(mean).isCloseTo(22.0, within(0.01));
        assertThat(Math.sqrt(variance)).isCloseTo(0.15, within(0.01));
        // ±1.5 % of target is a typical spec; ±5 sigma is well inside it
        assertThat(weights).allSatisfy(w -> assertThat(w).isBetween(21.25, 22.75));
    }

    @Test
    void wetFilmDryerAndMoistureFollowTheSlurryAndDryerSettings() {
        var process = new CoaterProcess(lfp);
        for (int i = 0; i < 1_000; i++) {
            CoaterReading reading = process.advance(TICK);
            // 22 mg/cm² at 60 % solids and 1.8 g/cm³ ≈ 204 µm of wet slurry
            assertThat(reading.wetThickness()).isBetween(190.0, 218.0);
            assertThat(reading.dryerZoneTemps()).hasSize(4);
            assertThat(reading.dryerZoneTemps().get(2)).isCloseTo(125.0, within(2.0));
            assertThat(reading.residualMoisture()).isBetween(200.0, 400.0);
        }
    }

    @Test
    void sameSeedGivesTheSameReadings() {
        var first = new CoaterProcess(lfp);
        var second = new CoaterProcess(lfp);
        for (int i = 0; i < 100; i++) {
            assertThat(second.advance(TICK)).isEqualTo(first.advance(TICK));
        }
        var otherSeed = new CoaterProcess(CoaterSettings.lfpCathode("COAT-01", 43L));
        assertThat(otherSeed.advance(TICK).coatWeight())
                .isNotEqualTo(first.advance(TICK).coatWeight());
    }

    @Test
    void stoppedWebKeepsItsPositionUntilStartedAgain() {
        var process = new CoaterProcess(lfp.withWebSpeed(60.0));
        process.advance(Duration.ofSeconds(10));

        process.stop();
        CoaterReading stopped = process.advance(Duration.ofSeconds(10));
        assertThat(stopped.positionM()).isCloseTo(10.0, within(1e-9));
        assertThat(stopped.webSpeed()).isZero();
        assertThat(stopped.state()).isEqualTo(MachineryItemState.NOT_EXECUTING);

        process.start();
        CoaterReading running = process.advance(Duration.ofSeconds(10));
        assertThat(running.positionM()).isCloseTo(20.0, within(1e-9));
        assertThat(running.state()).isEqualTo(MachineryItemState.EXECUTING);
    }

    @Test
    void timeDoesNotRunBackwards() {
        var process = new CoaterProcess(lfp);
        assertThatThrownBy(() -> process.advance(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsRejectImplausibleValues() {
        assertThatThrownBy(() -> lfp.withWebSpeed(0.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lfp.withRollLength(-5.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
