package io.gigafab.mes.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API calls without a browser session are answered as an API, not as a web page: they go to the
 * {@code api} OIDC tenant (bearer tokens only), so a missing token is a 401 instead of a redirect
 * to the login page. Browser calls carrying the session cookie stay with the default (hybrid)
 * tenant that serves the UI. A session cookie larger than a browser's cookie limit (Keycloak's
 * tokens usually are) comes in chunks: {@code q_session_chunk_1}, {@code q_session_chunk_2}, …
 */
@ApplicationScoped
public class ApiTenant implements TenantResolver {

    static final String SESSION_COOKIE = "q_session";
    static final String SESSION_COOKIE_CHUNK = SESSION_COOKIE + "_chunk_";

    private final boolean enabled;

    ApiTenant(
            @ConfigProperty(name = "quarkus.oidc.api.tenant-enabled", defaultValue = "true")
                    boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String resolve(RoutingContext context) {
        boolean api = context.request().path().startsWith("/api/");
        return enabled
                        && api
                        && !hasBrowserSession(
                                context.request().cookies().stream().map(Cookie::getName))
                ? "api"
                : null;
    }

    static boolean hasBrowserSession(Stream<String> cookieNames) {
        return cookieNames.anyMatch(
                name -> name.equals(SESSION_COOKIE) || name.startsWith(SESSION_COOKIE_CHUNK));
    }
}
