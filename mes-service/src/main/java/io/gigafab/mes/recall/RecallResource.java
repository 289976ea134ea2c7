package io.gigafab.mes.recall;

import io.gigafab.mes.api.Instants;
import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;

/**
 * Recall scoping. Give exactly one criterion: {@code materialLot}; {@code rollId} with {@code
 * fromM}/{@code toM}; {@code equipmentId} with {@code from}/{@code to}; or {@code recipeId} with
 * {@code recipeVersion}.
 */
@Path("/api/recall")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class RecallResource {

    private final Recall recall;

    public RecallResource(Recall recall) {
        this.recall = recall;
    }

    @GET
    public Recall.Scope scope(
            @QueryParam("materialLot") String materialLot,
            @QueryParam("rollId") String rollId,
            @QueryParam("fromM") BigDecimal fromM,
            @QueryParam("toM") BigDecimal toM,
            @QueryParam("equipmentId") String equipmentId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("recipeId") String recipeId,
            @QueryParam("recipeVersion") Integer recipeVersion,
            @QueryParam("limit") Integer limit) {
        int max = limit == null ? 1000 : limit;
        if (max < 1 || max > 100_000) {
            throw new IllegalArgumentException("limit must be between 1 and 100000");
        }
        int given = count(materialLot) + count(rollId) + count(equipmentId) + count(recipeId);
        if (given != 1) {
            throw new IllegalArgumentException(
                    "Give exactly one of materialLot, rollId (+fromM, toM), equipmentId (+from, to)"
                            + " or recipeId (+recipeVersion)");
        }
        if (materialLot != null) {
            return recall.ofMaterialLot(materialLot, max);
        }
        if (rollId != null) {
            return recall.ofRollInterval(rollId, fromM, toM, max);
        }
        if (equipmentId != null) {
            return recall.ofEquipment(
                    equipmentId, Instants.optional(from, "from"), Instants.optional(to, "to"), max);
        }
        if (recipeVersion == null) {
            throw new IllegalArgumentException("recipeVersion is required with recipeId");
        }
        return recall.ofRecipeVersion(recipeId, recipeVersion, max);
    }

    private static int count(String value) {
        return value == null || value.isBlank() ? 0 : 1;
    }
}
