package io.gigafab.gateway.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The small rules behind reconnecting and relative context paths. */
class RecoveryRulesTest {

    @Test
    void backoffDoublesUpToItsCeilingAndStartsOverAfterASuccess() {
        var backoff = new Backoff(Duration.ofSeconds(3));

        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(3));
        assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(3));
        backoff.reset();
        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void relativeContextPathsAreSeenFromTheTagsNode() {
        assertThat(MachineResolver.join("Tray01/Ch03", "./CellId")).isEqualTo("Tray01/Ch03/CellId");
        assertThat(MachineResolver.join("Tray01/Ch03", "../TrayId")).isEqualTo("Tray01/TrayId");
        assertThat(MachineResolver.join("", "../TrayId")).isNull();
        assertThat(MachineResolver.isRelative("./CellId")).isTrue();
        assertThat(MachineResolver.isRelative("Tray01/TrayId")).isFalse();
    }
}
