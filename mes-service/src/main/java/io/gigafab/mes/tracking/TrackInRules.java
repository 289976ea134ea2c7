package io.gigafab.mes.tracking;

import io.gigafab.mes.plant.EquipmentPlace;
import io.gigafab.mes.quality.Hold;
import io.gigafab.mes.quality.HoldRepository;
import io.gigafab.mes.recipe.RecipeInForce;
import io.gigafab.mes.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What must be true before a unit may start an operation: it is neither scrapped, finished nor
 * already in process; it is not held (nor is the machine or the recipe version); the machine is the
 * one its route asks for next, on its own line; and the recipe in force there is APPROVED.
 */
@ApplicationScoped
class TrackInRules {

    private final Routes routes;
    private final HoldRepository holds;
    private final RecipeInForce recipes;

    TrackInRules(Routes routes, HoldRepository holds, RecipeInForce recipes) {
        this.routes = routes;
        this.holds = holds;
        this.recipes = recipes;
    }

    /** Checks every rule; returns the route step and recipe the operation runs under. */
    Admission admit(Unit unit, EquipmentPlace place) {
        switch (unit.status) {
            case SCRAPPED -> conflict(unit.label() + " is scrapped and cannot be processed");
            case IN_PROCESS ->
                    conflict(unit.label() + " is already tracked in (run " + unit.currentRun + ")");
            case COMPLETED, CONSUMED ->
                    conflict(unit.label() + " has finished its route (" + unit.status + ")");
            default -> {}
        }
        if (unit.lineId != null && !unit.lineId.equals(place.lineId())) {
            conflict(
                    unit.label()
                            + " belongs to line "
                            + unit.lineId
                            + ", but "
                            + place.equipmentId()
                            + " is on line "
                            + place.lineId());
        }
        RouteStep step = nextStep(unit, place);
        RecipeInForce.ActiveRecipe recipe = recipes.requireRunnable(place.equipmentId());
        List<Hold> blocking =
                holds.blocking(unit.id, place.equipmentId(), recipe.recipeId(), recipe.version());
        if (!blocking.isEmpty()) {
            conflict(
                    unit.label()
                            + " is on hold: "
                            + blocking.stream()
                                    .map(Hold::describe)
                                    .collect(Collectors.joining("; ")));
        }
        return new Admission(step, recipe);
    }

    private RouteStep nextStep(Unit unit, EquipmentPlace place) {
        if (unit.routeId == null) {
            conflict(unit.label() + " has no route: it is not processed on the line");
        }
        RouteStep next =
                routes.next(unit.routeId, unit.kind, unit.completedSeq)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                unit.label()
                                                        + " has no operation left on its route"));
        if (!next.equipmentClass().equals(place.equipmentClass())) {
            conflict(
                    unit.label()
                            + " must go to "
                            + next.operation()
                            + " ("
                            + next.equipmentClass()
                            + ") next, not to "
                            + place.operation()
                            + " at "
                            + place.equipmentId());
        }
        return next;
    }

    private static void conflict(String detail) {
        throw new IllegalStateException(detail);
    }

    /** The route step and recipe a track-in was admitted to. */
    record Admission(RouteStep step, RecipeInForce.ActiveRecipe recipe) {}
}
