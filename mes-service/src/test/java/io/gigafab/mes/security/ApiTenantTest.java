package io.gigafab.mes.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Which API calls count as coming from a logged-in browser (and keep the session tenant). */
class ApiTenantTest {

    @Test
    void aWholeSessionCookieIsABrowserSession() {
        assertThat(ApiTenant.hasBrowserSession(Stream.of("theme", "q_session"))).isTrue();
    }

    @Test
    void aSessionCookieInChunksIsABrowserSession() {
        assertThat(ApiTenant.hasBrowserSession(Stream.of("q_session_chunk_1", "q_session_chunk_2")))
                .isTrue();
    }

    @Test
    void cookieNamesAreReadFromTheHeader() {
        assertThat(ApiTenant.cookieNames("q_session_chunk_1=a.b=c; theme=dark;x=1"))
                .containsExactly("q_session_chunk_1", "theme", "x");
        assertThat(ApiTenant.cookieNames(null)).isEmpty();
    }

    @Test
    void otherCookiesAreNot() {
        assertThat(ApiTenant.hasBrowserSession(Stream.of("q_auth_abc", "q_session_api", "x")))
                .isFalse();
        assertThat(ApiTenant.hasBrowserSession(Stream.empty())).isFalse();
    }
}
