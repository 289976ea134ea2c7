package io.gigafab.mes.quality;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class HoldRepository implements PanacheRepositoryBase<Hold, String> {

    /** Active holds that block a unit, the machine or the recipe version of a track-in. */
    public List<Hold> blocking(String unitId, String equipmentId, String recipeId, int version) {
        return find(
                        "status = ?1 and (id in (select u.holdId from HoldUnit u where u.unitId ="
                            + " ?2) or (scope = ?3 and targetId = ?4) or (scope = ?5 and targetId ="
                            + " ?6 and recipeVersion = ?7)) order by placedAt",
                        Hold.Status.ACTIVE,
                        unitId,
                        HoldScope.EQUIPMENT,
                        equipmentId,
                        HoldScope.RECIPE_VERSION,
                        recipeId,
                        version)
                .list();
    }

    /** Active holds on a unit itself (whatever their scope). */
    public List<Hold> activeOn(String unitId) {
        return find(
                        "status = ?1 and id in (select u.holdId from HoldUnit u where u.unitId ="
                                + " ?2) order by placedAt",
                        Hold.Status.ACTIVE,
                        unitId)
                .list();
    }

    /**
     * @throws IllegalStateException naming the first active hold when the unit is held
     */
    public void requireNotHeld(String unitId, String label) {
        List<Hold> held = activeOn(unitId);
        if (!held.isEmpty()) {
            throw new IllegalStateException(label + " is on hold: " + held.get(0).describe());
        }
    }
}
