package io.gigafab.mes.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API calls without a browser session are answered as an API, not as a web page: they go to the
 * {@code bearer} OIDC tenant (bearer tokens only), so a missing token is a 401 instead of a
 * redirect to the login page. Browser calls carrying the session cookie stay with the default
 * (hybrid) tenant that serves the UI. A session cookie larger than a browser's cookie limit
 * (Keycloak's tokens usually are) comes in chunks: {@code q_session_chunk_1}, {@code
 * q_session_chunk_2}, …
 *
 * <p>The tenant id must not be a segment of any request path: Quarkus selects a tenant whose id is
 * a path segment (an "api" tenant for {@code /api/me}) before it asks this resolver.
 */
@ApplicationScoped
public class ApiTenant implements TenantResolver {

    static final String BEARER_TENANT = "bearer";
    static final String SESSION_COOKIE = "q_session";
    static final String SESSION_COOKIE_CHUNK = SESSION_COOKIE + "_chunk_";

    private final boolean enabled;

    ApiTenant(
            @ConfigProperty(name = "quarkus.oidc.bearer.tenant-enabled", defaultValue = "true")
                    boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String resolve(RoutingContext context) {
        boolean api = context.request().path().startsWith("/api/");
        return enabled
                        && api
                        && !hasBrowserSession(cookieNames(context.request().getHeader("Cookie")))
                ? BEARER_TENANT
                : null;
    }

    /** The names in a Cookie header ({@code a=1; b=2}), read directly from the request. */
    static Stream<String> cookieNames(String cookieHeader) {
        return cookieHeader == null
                ? Stream.empty()
                : Arrays.stream(cookieHeader.split(";")).map(c -> c.split("=", 2)[0].trim());
    }

    static boolean hasBrowserSession(Stream<String> cookieNames) {
        return cookieNames.anyMatch(
                name -> name.equals(SESSION_COOKIE) || name.startsWith(SESSION_COOKIE_CHUNK));
    }
}
