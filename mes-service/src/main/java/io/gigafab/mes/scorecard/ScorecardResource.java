package io.gigafab.mes.scorecard;

import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Supplier, equipment and recipe-version scorecards. */
@Path("/api/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class ScorecardResource {

    private final Scorecards scorecards;

    public ScorecardResource(Scorecards scorecards) {
        this.scorecards = scorecards;
    }

    @GET
    @Path("/suppliers")
    public List<Scorecards.Row> suppliers(@QueryParam("materialId") String materialId) {
        return scorecards.suppliers(required(materialId, "materialId"));
    }

    @GET
    @Path("/equipment")
    public List<Scorecards.Row> equipment(@QueryParam("equipmentClass") String equipmentClass) {
        return scorecards.equipment(required(equipmentClass, "equipmentClass"));
    }

    @GET
    @Path("/recipes")
    public List<Scorecards.Row> recipes(@QueryParam("recipeId") String recipeId) {
        return scorecards.recipeVersions(required(recipeId, "recipeId"));
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
