package io.gigafab.mes.recipe;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.recipe.RecipeDownload;
import io.gigafab.events.recipe.Setpoint;
import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.mes.outbox.Outbox;
import io.gigafab.mes.plant.PlantModel;
import io.gigafab.recipes.Parameter;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Which recipe version each machine runs, and the downloads of its setpoints to the machine
 * (requested here, written by the OPC UA gateway, answered on the results topic).
 */
@ApplicationScoped
public class EquipmentRecipes {

    private final PlantModel plant;
    private final RecipeVersionRepository versions;
    private final RecipeInForce inForce;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final MachineSetpoints machineSetpoints;

    EquipmentRecipes(
            MachineSetpoints machineSetpoints,
            PlantModel plant,
            RecipeVersionRepository versions,
            RecipeInForce inForce,
            Outbox outbox,
            AuditTrail audit,
            EntityManager entityManager) {
        this.machineSetpoints = machineSetpoints;
        this.plant = plant;
        this.versions = versions;
        this.inForce = inForce;
        this.outbox = outbox;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /**
     * Makes an APPROVED version of the machine's class the one in force there.
     *
     * @throws IllegalStateException when the version is not APPROVED
     * @throws IllegalArgumentException when it is for another equipment class
     */
    @Transactional
    public ActiveRecipeView activate(String equipmentId, ActivateRecipe request, String actor) {
        EquipmentRef equipment = plant.equipment(equipmentId);
        if (request == null || request.recipeId() == null || request.version() == null) {
            throw new IllegalArgumentException("recipeId and version are required");
        }
        RecipeVersion version = versions.require(request.recipeId(), request.version());
        if (version.status != RecipeStatus.APPROVED) {
            throw new IllegalStateException(
                    version.key() + " is " + version.status + ": only APPROVED versions run");
        }
        if (!version.equipmentClass.equals(equipment.equipmentClass().name())) {
            throw new IllegalArgumentException(
                    version.key()
                            + " is a "
                            + version.equipmentClass
                            + " recipe; "
                            + equipmentId
                            + " is a "
                            + equipment.equipmentClass());
        }
        ActiveRecipeView before = activeOrNull(equipmentId);
        entityManager
                .createNativeQuery(
                        "insert into equipment_recipe (equipment_id, recipe_id, recipe_version,"
                                + " activated_by, activated_at) values (?, ?, ?, ?, ?) on conflict"
                                + " (equipment_id) do update set recipe_id = excluded.recipe_id,"
                                + " recipe_version = excluded.recipe_version, activated_by ="
                                + " excluded.activated_by, activated_at = excluded.activated_at")
                .setParameter(1, equipmentId)
                .setParameter(2, version.recipeId)
                .setParameter(3, version.version)
                .setParameter(4, actor)
                .setParameter(5, Timestamp.from(now()))
                .executeUpdate();
        ActiveRecipeView after = activeOrNull(equipmentId);
        audit.record(actor, "RECIPE_ACTIVATED", "equipment", equipmentId, before, after);
        return after;
    }

    @Transactional
    public ActiveRecipeView active(String equipmentId) {
        plant.equipment(equipmentId);
        ActiveRecipeView active = activeOrNull(equipmentId);
        if (active == null) {
            throw new NotFoundProblem("No recipe is active at " + equipmentId);
        }
        return active;
    }

    /**
     * Asks the gateway (through the outbox) to write the targets of the recipe in force down to the
     * machine.
     *
     * @throws IllegalStateException when no APPROVED recipe is active there
     */
    @Transactional
    public DownloadView requestDownload(EquipmentRef equipment, String actor) {
        RecipeInForce.ActiveRecipe active = inForce.requireRunnable(equipment.equipmentId());
        Recipe recipe = RecipeJson.read(versions.require(active.recipeId(), active.version()));
        List<Setpoint> setpoints =
                recipe.parameters().stream()
                        .filter(p -> p.target() != null)
                        .filter(
                                p ->
                                        machineSetpoints.isSetpoint(
                                                equipment.equipmentClass(), p.name()))
                        .map(EquipmentRecipes::setpoint)
                        .toList();
        if (setpoints.isEmpty()) {
            throw new IllegalStateException(
                    recipe.key()
                            + " has no parameter a "
                            + equipment.equipmentClass()
                            + " takes as a setpoint: nothing to download");
        }
        DownloadRequest row = new DownloadRequest();
        row.id = UUID.randomUUID();
        row.equipmentId = equipment.equipmentId();
        row.recipeId = active.recipeId();
        row.recipeVersion = active.version();
        row.requestedBy = actor;
        row.requestedAt = now();
        row.status = DownloadRequest.REQUESTED;
        entityManager.persist(row);
        outbox.append(
                new RecipeDownload(
                        row.id,
                        equipment,
                        row.recipeId,
                        row.recipeVersion,
                        row.requestedAt,
                        actor,
                        setpoints));
        DownloadView view = DownloadView.of(row);
        audit.record(
                actor,
                "RECIPE_DOWNLOAD_REQUESTED",
                "recipe_download",
                row.id.toString(),
                null,
                view);
        return view;
    }

    @Transactional
    public List<DownloadView> downloads(String equipmentId) {
        plant.equipment(equipmentId);
        return entityManager
                .createQuery(
                        "from DownloadRequest d where d.equipmentId = ?1 order by d.requestedAt"
                                + " desc",
                        DownloadRequest.class)
                .setParameter(1, equipmentId)
                .setMaxResults(100)
                .getResultList()
                .stream()
                .map(DownloadView::of)
                .toList();
    }

    private static Setpoint setpoint(Parameter parameter) {
        return new Setpoint(parameter.name(), parameter.target(), parameter.unit());
    }

    private ActiveRecipeView activeOrNull(String equipmentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select e.recipe_id, e.recipe_version, r.status, e.activated_by,"
                                        + " e.activated_at from equipment_recipe e join"
                                        + " recipe_version r on r.recipe_id = e.recipe_id and"
                                        + " r.version = e.recipe_version where e.equipment_id = ?")
                        .setParameter(1, equipmentId)
                        .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new ActiveRecipeView(
                equipmentId,
                (String) r[0],
                ((Number) r[1]).intValue(),
                (String) r[2],
                (String) r[3],
                instant(r[4]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
