package io.gigafab.mes.unit;

import io.gigafab.mes.security.CurrentUser;
import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Creating units: material lots, rolls, daughter rolls, cells, modules and packs. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    private final Electrodes electrodes;
    private final Cells cells;
    private final UnitRepository units;
    private final UnitChecks checks;
    private final CurrentUser user;

    public UnitResource(
            Electrodes electrodes,
            Cells cells,
            UnitRepository units,
            UnitChecks checks,
            CurrentUser user) {
        this.electrodes = electrodes;
        this.cells = cells;
        this.units = units;
        this.checks = checks;
        this.user = user;
    }

    @POST
    @Path("/material-lots")
    @RolesAllowed({Roles.QUALITY, Roles.ADMIN})
    public UnitView receive(Requests.ReceiveLot request) {
        return electrodes.receive(request, user.name());
    }

    @POST
    @Path("/rolls")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.ADMIN})
    public UnitView coat(Requests.NewRoll request) {
        if (request != null && request.orderId() != null) {
            user.requireLine(checks.order(request.orderId()).lineId);
        }
        return electrodes.coat(request, user.name());
    }

    @POST
    @Path("/rolls/{id}/daughters")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.ADMIN})
    public List<UnitView> slit(@PathParam("id") String motherId, Requests.Slit request) {
        user.requireLine(units.require(motherId).lineId);
        return electrodes.slit(motherId, request, user.name());
    }

    @POST
    @Path("/cells")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.ADMIN})
    public UnitView register(Requests.NewCell request) {
        if (request != null && request.orderId() != null) {
            user.requireLine(checks.order(request.orderId()).lineId);
        }
        return cells.register(request, user.name());
    }

    @POST
    @Path("/assemblies")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.ADMIN})
    public UnitView assemble(Requests.NewAssembly request) {
        return cells.assemble(request, user.name());
    }
}
