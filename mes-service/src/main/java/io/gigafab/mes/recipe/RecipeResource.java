package io.gigafab.mes.recipe;

import io.gigafab.mes.security.CurrentUser;
import io.gigafab.mes.security.Roles;
import io.gigafab.recipes.Recipe;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Recipes as the MES runs them (the library imported at start-up and the versions drafted here):
 * read access for everyone who works with the line; drafting, review, electronic signatures and
 * retirement for engineers and quality.
 */
@Path("/api/recipes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.OPERATOR, Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN})
public class RecipeResource {

    private final RecipeVersions versions;
    private final RecipeApproval approval;
    private final CurrentUser user;

    public RecipeResource(RecipeVersions versions, RecipeApproval approval, CurrentUser user) {
        this.versions = versions;
        this.approval = approval;
        this.user = user;
    }

    @GET
    public List<RecipeSummary> list() {
        return versions.all();
    }

    @GET
    @Path("/{id}")
    public List<RecipeSummary> versions(@PathParam("id") String id) {
        return versions.versions(id);
    }

    @GET
    @Path("/{id}/versions/{version}")
    public Recipe version(@PathParam("id") String id, @PathParam("version") int version) {
        return versions.recipe(id, version);
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
        return RecipeComparison.of(id, from, to, versions.diff(id, from, to));
    }

    /** A new DRAFT version with changed parameter targets and limits. */
    @POST
    @Path("/{id}/versions")
    @RolesAllowed(Roles.ENGINEER)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(@PathParam("id") String id, NewDraft request) {
        VersionView draft = versions.createDraft(id, request, user.name());
        return Response.status(Response.Status.CREATED).entity(draft).build();
    }

    @POST
    @Path("/{id}/versions/{version}/submit")
    @RolesAllowed(Roles.ENGINEER)
    public VersionView submit(@PathParam("id") String id, @PathParam("version") int version) {
        return approval.submit(id, version, user.name());
    }

    /** An electronic signature; needs a login younger than gigafab.signature.max-auth-age. */
    @POST
    @Path("/{id}/versions/{version}/signatures")
    @RolesAllowed({Roles.ENGINEER, Roles.QUALITY})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(
            @PathParam("id") String id, @PathParam("version") int version, SignRequest request) {
        SignatureView signature =
                approval.sign(id, version, request, user.name(), user.authenticatedAt());
        return Response.status(Response.Status.CREATED).entity(signature).build();
    }

    @GET
    @Path("/{id}/versions/{version}/signatures")
    public List<SignatureView> signatures(
            @PathParam("id") String id, @PathParam("version") int version) {
        return approval.signatures(id, version);
    }

    @POST
    @Path("/{id}/versions/{version}/obsolete")
    @RolesAllowed({Roles.ENGINEER, Roles.QUALITY})
    public VersionView obsolete(@PathParam("id") String id, @PathParam("version") int version) {
        return approval.obsolete(id, version, user.name());
    }
}
