package io.gigafab.mes.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * API calls without a browser session are answered as an API, not as a web page: they go to the
 * {@code api} OIDC tenant (bearer tokens only), so a missing token is a 401 instead of a redirect
 * to the login page. Browser calls carrying the session cookie stay with the default (hybrid)
 * tenant that serves the UI.
 */
@ApplicationScoped
public class ApiTenant implements TenantResolver {

    static final String SESSION_COOKIE = "q_session";

    private final boolean enabled;

    ApiTenant(
            @ConfigProperty(name = "quarkus.oidc.api.tenant-enabled", defaultValue = "true")
                    boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String resolve(RoutingContext context) {
        boolean api = context.request().path().startsWith("/api/");
        boolean browserSession = context.request().getCookie(SESSION_COOKIE) != null;
        return enabled && api && !browserSession ? "api" : null;
    }
}
