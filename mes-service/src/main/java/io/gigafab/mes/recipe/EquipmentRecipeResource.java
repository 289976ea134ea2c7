package io.gigafab.mes.recipe;

import io.gigafab.events.EquipmentRef;
import io.gigafab.mes.plant.PlantModel;
import io.gigafab.mes.security.CurrentUser;
import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The recipe in force at a machine and the downloads of its setpoints to the machine. */
@Path("/api/equipment/{equipmentId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class EquipmentRecipeResource {

    private final EquipmentRecipes recipes;
    private final PlantModel plant;
    private final CurrentUser user;

    EquipmentRecipeResource(EquipmentRecipes recipes, PlantModel plant, CurrentUser user) {
        this.recipes = recipes;
        this.plant = plant;
        this.user = user;
    }

    @GET
    @Path("/recipe")
    public ActiveRecipeView active(@PathParam("equipmentId") String equipmentId) {
        return recipes.active(equipmentId);
    }

    /** Activates an APPROVED version of the machine's class. */
    @PUT
    @Path("/recipe")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ENGINEER, Roles.ADMIN})
    public ActiveRecipeView activate(
            @PathParam("equipmentId") String equipmentId, ActivateRecipe request) {
        return recipes.activate(equipmentId, request, user.name());
    }

    /** Sends the recipe in force down to the machine; operators only on their own lines. */
    @POST
    @Path("/recipe-downloads")
    @RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.ADMIN})
    public Response download(@PathParam("equipmentId") String equipmentId) {
        EquipmentRef equipment = plant.equipment(equipmentId);
        user.requireLine(equipment.line());
        DownloadView download = recipes.requestDownload(equipment, user.name());
        return Response.status(Response.Status.ACCEPTED).entity(download).build();
    }

    @GET
    @Path("/recipe-downloads")
    public List<DownloadView> downloads(@PathParam("equipmentId") String equipmentId) {
        return recipes.downloads(equipmentId);
    }
}
