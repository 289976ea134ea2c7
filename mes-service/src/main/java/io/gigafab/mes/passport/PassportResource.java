package io.gigafab.mes.passport;

import io.gigafab.mes.security.CurrentUser;
import io.gigafab.mes.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Battery passports. The GET is the stable, QR-code-ready URL: open to anyone, it answers with the
 * attributes of the caller's access tier (public without login).
 */
@Path("/api/passports/{batteryId}")
@Produces(MediaType.APPLICATION_JSON)
public class PassportResource {

    private final Passports passports;
    private final SecurityIdentity identity;
    private final CurrentUser user;

    public PassportResource(Passports passports, SecurityIdentity identity, CurrentUser user) {
        this.passports = passports;
        this.identity = identity;
        this.user = user;
    }

    @GET
    @PermitAll
    public Map<String, Object> passport(@PathParam("batteryId") String batteryId) {
        PassportTier tier = identity.isAnonymous() ? PassportTier.PUBLIC : PassportTier.of(user);
        return passports.latest(batteryId, tier);
    }

    /** Issues (or re-issues, as a new version) the passport from the battery's genealogy. */
    @POST
    @RolesAllowed({Roles.QUALITY, Roles.ADMIN})
    public Map<String, Object> issue(@PathParam("batteryId") String batteryId) {
        return passports.issue(batteryId, user.name());
    }
}
