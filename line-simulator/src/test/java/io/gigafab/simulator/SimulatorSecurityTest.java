package io.gigafab.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatorSecurityTest {

    @Test
    void defaultIsTheAnonymousNoneEndpointWithoutCertificate() {
        SimulatorSecurity security = SimulatorSecurity.insecure();

        assertThat(security.noneEndpoint()).isTrue();
        assertThat(security.signAndEncryptEndpoint()).isFalse();
        assertThat(security.anonymousAllowed()).isTrue();
        assertThat(security.users()).isEmpty();
        assertThat(security.needsCertificate()).isFalse();
        assertThat(security.pkiDirectory()).isEqualTo(Path.of(".gigafab", "simulator-pki"));
        assertThat(SimulatorSecurity.fromEnvironment(Map.of())).isEqualTo(security);
    }

    @Test
    void environmentConfiguresEndpointsPkiAndUser() {
        var security =
                SimulatorSecurity.fromEnvironment(
                        Map.of(
                                "GIGAFAB_SIMULATOR_ENDPOINT_NONE", "false",
                                "GIGAFAB_SIMULATOR_ENDPOINT_BASIC256SHA256", "TRUE",
                                "GIGAFAB_SIMULATOR_PKI_DIR", "/var/lib/gigafab/pki",
                                "GIGAFAB_SIMULATOR_ANONYMOUS", "false",
                                "GIGAFAB_SIMULATOR_USERNAME", "demo-gateway",
                                "GIGAFAB_SIMULATOR_PASSWORD", "test-only-password"));

        assertThat(security.noneEndpoint()).isFalse();
        assertThat(security.signAndEncryptEndpoint()).isTrue();
        assertThat(security.pkiDirectory()).isEqualTo(Path.of("/var/lib/gigafab/pki"));
        assertThat(security.anonymousAllowed()).isFalse();
        assertThat(security.passwordMatches("demo-gateway", "test-only-password")).isTrue();
        assertThat(security.passwordMatches("demo-gateway", "test-only-passwor")).isFalse();
        assertThat(security.passwordMatches("someone", "test-only-password")).isFalse();
        assertThat(security.needsCertificate()).isTrue();
    }

    @Test
    void passwordsNeverShowInToString() {
        var security = SimulatorSecurity.builder().user("demo-gateway", "s3cr3t-value").build();

        assertThat(security.toString()).contains("demo-gateway").doesNotContain("s3cr3t-value");
        assertThat(security.toString())
                .doesNotContain(SimulatorSecurity.DEFAULT_KEY_STORE_PASSWORD);
    }

    @Test
    void inconsistentSettingsAreRefused() {
        assertThatThrownBy(() -> SimulatorSecurity.builder().noneEndpoint(false).build())
                .hasMessageContaining("endpoint");
        assertThatThrownBy(() -> SimulatorSecurity.builder().anonymous(false).build())
                .hasMessageContaining("identity");
        assertThatThrownBy(() -> SimulatorSecurity.builder().user("demo-gateway", "").build())
                .hasMessageContaining("empty password");
        assertThatThrownBy(
                        () ->
                                SimulatorSecurity.fromEnvironment(
                                        Map.of("GIGAFAB_SIMULATOR_USERNAME", "demo-gateway")))
                .hasMessageContaining("GIGAFAB_SIMULATOR_PASSWORD");
        assertThatThrownBy(
                        () ->
                                SimulatorSecurity.fromEnvironment(
                                        Map.of("GIGAFAB_SIMULATOR_ANONYMOUS", "no")))
                .hasMessageContaining("true or false");
    }
}
