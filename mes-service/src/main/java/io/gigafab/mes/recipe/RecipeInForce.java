package io.gigafab.mes.recipe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The recipe version in force at a machine, as track-in needs it: a unit may only be processed
 * under an APPROVED recipe version.
 */
@ApplicationScoped
public class RecipeInForce {

    /** The recipe version a machine runs. */
    public record ActiveRecipe(String recipeId, int version, String status) {}

    private final EntityManager entityManager;

    public RecipeInForce(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @throws IllegalStateException when no recipe is active at the machine or the active version
     *     is not APPROVED
     */
    public ActiveRecipe requireRunnable(String equipmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select r.recipe_id, r.version, r.status from equipment_recipe e"
                                        + " join recipe_version r on r.recipe_id = e.recipe_id"
                                        + " and r.version = e.recipe_version"
                                        + " where e.equipment_id = ?")
                        .setParameter(1, equipmentId)
                        .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException(
                    "No recipe is active at " + equipmentId + ": activate an APPROVED version");
        }
        Object[] row = rows.get(0);
        ActiveRecipe active =
                new ActiveRecipe((String) row[0], ((Number) row[1]).intValue(), (String) row[2]);
        if (!"APPROVED".equals(active.status())) {
            throw new IllegalStateException(
                    "Recipe "
                            + active.recipeId()
                            + " v"
                            + active.version()
                            + " active at "
                            + equipmentId
                            + " is "
                            + active.status()
                            + ", not APPROVED: it cannot run");
        }
        return active;
    }
}
