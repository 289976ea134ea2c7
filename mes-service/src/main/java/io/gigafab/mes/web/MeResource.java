package io.gigafab.mes.web;

import io.gigafab.mes.security.CurrentUser;
import io.gigafab.mes.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Who is logged in, so the UI can show the right workspaces and the operator's line. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    /** The user as the UI needs them; lines only for operators bound to lines. */
    public record Me(
            String name, List<String> roles, List<String> lines, Instant authenticatedAt) {}

    private final CurrentUser user;

    public MeResource(CurrentUser user) {
        this.user = user;
    }

    @GET
    public Me me() {
        List<String> roles =
                Stream.of(Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN)
                        .filter(user::hasRole)
                        .toList();
        return new Me(
                user.name(),
                roles,
                user.lines().stream().sorted().toList(),
                user.authenticatedAt().orElse(null));
    }
}
