package io.gigafab.mes.recipe;

import io.gigafab.recipes.Recipe;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Read access to the recipe library for everyone who works with the line. */
@Path("/api/recipes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"operator", "engineer", "quality", "auditor", "admin"})
public class RecipeResource {

    private final RecipeCatalogue catalogue;

    public RecipeResource(RecipeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public List<RecipeSummary> list() {
        return catalogue.all().stream().map(RecipeSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    public List<RecipeSummary> versions(@PathParam("id") String id) {
        return catalogue.versions(id).stream().map(RecipeSummary::of).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    public Recipe version(@PathParam("id") String id, @PathParam("version") int version) {
        return catalogue.version(id, version);
    }

    @GET
    @Path("/{id}/diff")
    public RecipeComparison diff(
            @PathParam("id") String id,
            @QueryParam("from") Integer from,
            @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException(
                    "Both versions to compare are needed, e.g. ?from=1&to=2");
        }
        return RecipeComparison.of(id, from, to, catalogue.diff(id, from, to));
    }
}
