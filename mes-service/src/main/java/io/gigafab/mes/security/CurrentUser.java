package io.gigafab.mes.security;

import io.gigafab.mes.api.ForbiddenProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, in the MES's terms: a user name for the records, the roles, and for operators the
 * lines they may act on. Engineers, quality and admins act plant-wide.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The lines in the token; empty when the token names none. */
    public Set<String> lines() {
        Object lines = identity.getAttribute(TokenClaims.LINES);
        if (lines instanceof Set<?> set) {
            return set.stream().map(Object::toString).collect(java.util.stream.Collectors.toSet());
        }
        if (lines instanceof String text && !text.isBlank()) {
            return Set.of(text.split(","));
        }
        return Set.of();
    }

    /** When the user last entered their credentials, if the token says. */
    public Optional<Instant> authenticatedAt() {
        Object value = identity.getAttribute(TokenClaims.AUTH_TIME);
        if (value instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        if (value instanceof String text && !text.isBlank()) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text.trim())));
        }
        return Optional.empty();
    }

    /**
     * Operators act only on their own lines; other roles that may act at all act on every line.
     *
     * @throws ForbiddenProblem when an operator (without a plant-wide role) acts on another line
     */
    public void requireLine(String lineId) {
        boolean plantWide =
                hasRole(Roles.ENGINEER) || hasRole(Roles.QUALITY) || hasRole(Roles.ADMIN);
        if (plantWide || lineId == null || lines().contains(lineId)) {
            return;
        }
        throw new ForbiddenProblem(
                "User " + name() + " may act on lines " + lines() + " only, not on line " + lineId);
    }
}
