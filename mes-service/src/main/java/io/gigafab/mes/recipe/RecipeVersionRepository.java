package io.gigafab.mes.recipe;

import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.recipes.RecipeStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Recipe versions in the database. */
@ApplicationScoped
public class RecipeVersionRepository
        implements PanacheRepositoryBase<RecipeVersion, RecipeVersion.Key> {

    public List<RecipeVersion> allOrdered() {
        return list("order by recipeId, version");
    }

    /**
     * @throws NotFoundProblem when the recipe has no versions
     */
    public List<RecipeVersion> versions(String recipeId) {
        List<RecipeVersion> versions = list("recipeId = ?1 order by version", recipeId);
        if (versions.isEmpty()) {
            throw new NotFoundProblem("No recipe with id " + recipeId);
        }
        return versions;
    }

    /**
     * @throws NotFoundProblem when there is no such recipe or version
     */
    public RecipeVersion require(String recipeId, int version) {
        RecipeVersion found = findById(new RecipeVersion.Key(recipeId, version));
        if (found == null) {
            versions(recipeId);
            throw new NotFoundProblem("Recipe " + recipeId + " has no version " + version);
        }
        return found;
    }

    public Optional<RecipeVersion> latestApproved(String recipeId) {
        return find(
                        "recipeId = ?1 and status = ?2 order by version desc",
                        recipeId,
                        RecipeStatus.APPROVED)
                .firstResultOptional();
    }

    public int nextVersion(String recipeId) {
        Number max =
                (Number)
                        getEntityManager()
                                .createQuery(
                                        "select max(r.version) from RecipeVersion r where"
                                                + " r.recipeId = ?1")
                                .setParameter(1, recipeId)
                                .getSingleResult();
        return max == null ? 1 : max.intValue() + 1;
    }
}
