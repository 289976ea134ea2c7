package io.gigafab.mes.web;

import io.gigafab.mes.security.TokenClaims;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * TEST ONLY (src/test, never shipped): logs a browser in by a cookie naming a persona, standing in
 * for the Keycloak session the product uses. Requests without the cookie are left to the other
 * mechanisms, so the other tests do not notice it.
 */
@ApplicationScoped
public class BrowserLogin implements HttpAuthenticationMechanism {

    public static final String COOKIE = "gigafab-test-login";

    /** A test user: name, roles, lines. */
    record Persona(String name, Set<String> roles, Set<String> lines) {}

    static final Map<String, Persona> PERSONAS =
            Map.of(
                    "operator", new Persona("op-anna", Set.of("operator"), Set.of("L1")),
                    "engineer", new Persona("eng-kenji", Set.of("engineer"), Set.of()),
                    "auditor", new Persona("aud-maria", Set.of("auditor"), Set.of()),
                    "fixture",
                            new Persona(
                                    "test-fixture",
                                    Set.of("operator", "engineer", "quality"),
                                    Set.of("L1")));

    @Override
    public Uni<SecurityIdentity> authenticate(
            RoutingContext context, IdentityProviderManager identityProviderManager) {
        Cookie cookie = context.request().getCookie(COOKIE);
        Persona persona = cookie == null ? null : PERSONAS.get(cookie.getValue());
        if (persona == null) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom()
                .item(
                        QuarkusSecurityIdentity.builder()
                                .setPrincipal(new QuarkusPrincipal(persona.name()))
                                .addRoles(persona.roles())
                                .addAttribute(TokenClaims.LINES, persona.lines())
                                .addAttribute(TokenClaims.AUTH_TIME, Instant.now().getEpochSecond())
                                .build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }
}
