package io.gigafab.mes.tracking;

import io.gigafab.mes.security.CurrentUser;
import io.gigafab.mes.security.Roles;
import io.gigafab.mes.unit.UnitChecks;
import io.gigafab.mes.unit.UnitRepository;
import io.gigafab.mes.unit.UnitView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A unit's state, and its track-in and track-out at a machine. */
@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrackingResource {

    private final Tracking tracking;
    private final CurrentUser user;
    private final UnitRepository units;
    private final UnitChecks checks;

    public TrackingResource(
            Tracking tracking, CurrentUser user, UnitRepository units, UnitChecks checks) {
        this.tracking = tracking;
        this.user = user;
        this.units = units;
        this.checks = checks;
    }

    /** The unit with its status, next operation and active holds. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
    public UnitView unit(@PathParam("id") String id) {
        return checks.view(units.require(id));
    }

    @POST
    @Path("/{id}/track-in")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.ADMIN})
    public OperationView trackIn(@PathParam("id") String unitId, TrackIn request) {
        return tracking.trackIn(unitId, request, user);
    }

    /**
     * Ends the operation in progress. Send an {@code Idempotency-Key} (e.g. a UUID per button
     * press): a retry with the same key returns the first answer and changes nothing.
     */
    @POST
    @Path("/{id}/track-out")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.ADMIN})
    public OperationView trackOut(
            @PathParam("id") String unitId,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            TrackOut request) {
        return tracking.trackOut(unitId, request, idempotencyKey, user);
    }
}
