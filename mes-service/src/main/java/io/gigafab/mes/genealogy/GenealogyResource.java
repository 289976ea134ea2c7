package io.gigafab.mes.genealogy;

import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;

/** Traceability: genealogy of any unit, and the cells containing metres of a roll. */
@Path("/api/genealogy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class GenealogyResource {

    private final Genealogy genealogy;
    private final Containment containment;

    public GenealogyResource(Genealogy genealogy, Containment containment) {
        this.genealogy = genealogy;
        this.containment = containment;
    }

    @GET
    @Path("/{id}/backward")
    public GenealogyView backward(@PathParam("id") String id) {
        return genealogy.of(id, GenealogyView.Direction.BACKWARD);
    }

    @GET
    @Path("/{id}/forward")
    public GenealogyView forward(@PathParam("id") String id) {
        return genealogy.of(id, GenealogyView.Direction.FORWARD);
    }

    /** The cells containing any metre of [fromM, toM] of a (mother or daughter) roll. */
    @GET
    @Path("/rolls/{rollId}/cells")
    public Containment.ContainedCells cells(
            @PathParam("rollId") String rollId,
            @QueryParam("fromM") BigDecimal fromM,
            @QueryParam("toM") BigDecimal toM) {
        return containment.cells(rollId, fromM, toM);
    }
}
