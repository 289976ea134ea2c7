package io.gigafab.mes.web;

import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * The browser's way in. {@code /login} needs an authenticated user, so an unauthenticated browser
 * goes through the OIDC authorization code flow (Keycloak) and comes back here with a session
 * cookie; it is then sent on to the UI route it came from ({@code then}, a hash route only).
 *
 * <p>{@code /login/fresh} is the re-authentication before an electronic signature: it drops the
 * local session and sends the browser to {@code /login?prompt=login&max_age=0}; with {@code
 * quarkus.oidc.authentication.forward-params=prompt,max_age} Keycloak asks for the password again
 * and the new tokens carry a fresh {@code auth_time}.
 */
@Path("/login")
@Authenticated
public class LoginResource {

    private static final Logger LOG = Logger.getLogger(LoginResource.class);

    /** UI routes look like {@code #/engineer/recipes/X/2}: no scheme, no host, no open redirect. */
    private static final Pattern UI_ROUTE = Pattern.compile("#/[\\p{Alnum}/._~%:=&?-]*");

    private final Instance<OidcSession> session;

    public LoginResource(Instance<OidcSession> session) {
        this.session = session;
    }

    @GET
    public Response login(@QueryParam("then") String then) {
        return Response.seeOther(URI.create("/" + uiRoute(then))).build();
    }

    @GET
    @Path("/fresh")
    public Response fresh(@QueryParam("then") String then) {
        dropLocalSession();
        String query =
                "?prompt=login&max_age=0&then="
                        + URLEncoder.encode(uiRoute(then), StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/login" + query)).build();
    }

    static String uiRoute(String then) {
        return then != null && UI_ROUTE.matcher(then).matches() ? then : "";
    }

    private void dropLocalSession() {
        try {
            if (session.isResolvable()) {
                session.get().logout().await().indefinitely();
            }
        } catch (RuntimeException e) {
            // no OIDC session (e.g. a bearer token or OIDC disabled): nothing to drop
            LOG.debugf("No OIDC session to drop: %s", e.getMessage());
        }
    }
}
