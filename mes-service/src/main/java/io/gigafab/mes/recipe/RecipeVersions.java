package io.gigafab.mes.recipe;

import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.recipes.Limits;
import io.gigafab.recipes.Parameter;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeHeader;
import io.gigafab.recipes.Violation;
import io.gigafab.recipes.diff.RecipeDiff;
import io.gigafab.recipes.validation.RecipeValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The recipe versions the MES knows (library and drafts), and new drafts made from them. */
@ApplicationScoped
public class RecipeVersions {

    private final RecipeVersionRepository versions;
    private final AuditTrail audit;
    private final RecipeValidator validator = new RecipeValidator();

    RecipeVersions(RecipeVersionRepository versions, AuditTrail audit) {
        this.versions = versions;
        this.audit = audit;
    }

    @Transactional
    public List<RecipeSummary> all() {
        return versions.allOrdered().stream().map(RecipeJson::read).map(RecipeSummary::of).toList();
    }

    @Transactional
    public List<RecipeSummary> versions(String recipeId) {
        return versions.versions(recipeId).stream()
                .map(RecipeJson::read)
                .map(RecipeSummary::of)
                .toList();
    }

    @Transactional
    public Recipe recipe(String recipeId, int version) {
        return RecipeJson.read(versions.require(recipeId, version));
    }

    @Transactional
    public RecipeDiff diff(String recipeId, int from, int to) {
        return RecipeDiff.between(recipe(recipeId, from), recipe(recipeId, to));
    }

    /** An engineer's new DRAFT version with changed parameter targets and limits. */
    @Transactional
    public VersionView createDraft(String recipeId, NewDraft request, String author) {
        if (request == null || request.changes() == null || request.changes().isEmpty()) {
            throw new IllegalArgumentException("changes: at least one parameter change is needed");
        }
        RecipeVersion base =
                request.basedOn() == null
                        ? versions.require(recipeId, versions.nextVersion(recipeId) - 1)
                        : versions.require(recipeId, request.basedOn());
        RecipeVersion draft =
                draftFrom(
                        base,
                        request.changes(),
                        RecipeVersion.Origin.ENGINEER,
                        null,
                        author,
                        request.description());
        return VersionView.of(draft);
    }

    /**
     * A new DRAFT version from a base version with the given changes, validated with the recipe
     * library's rules and recorded in the audit trail.
     *
     * @throws IllegalArgumentException naming the field path (e.g. {@code
     *     parameters[coat_weight].target}) when the draft is not a valid recipe
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecipeVersion draftFrom(
            RecipeVersion base,
            List<ParameterChange> changes,
            RecipeVersion.Origin origin,
            UUID insightId,
            String author,
            String description) {
        Recipe baseRecipe = RecipeJson.read(base);
        int next = versions.nextVersion(base.recipeId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        RecipeHeader header =
                RecipeJson.draftHeader(baseRecipe.header(), next, author, now, description);
        Recipe draft =
                new Recipe(
                        header,
                        changed(baseRecipe, changes),
                        baseRecipe.procedure(),
                        baseRecipe.grades());
        requireValid(draft);
        RecipeVersion row = new RecipeVersion();
        row.recipeId = base.recipeId;
        row.version = next;
        row.name = base.name;
        row.equipmentClass = base.equipmentClass;
        row.productId = base.productId;
        row.status = io.gigafab.recipes.RecipeStatus.DRAFT;
        row.body = RecipeJson.write(draft);
        row.origin = origin;
        row.insightId = insightId;
        row.createdBy = author;
        row.createdAt = now;
        versions.persistAndFlush(row);
        audit.record(
                author,
                "RECIPE_DRAFTED",
                "recipe_version",
                row.key(),
                Map.of("basedOn", base.key()),
                Map.of("version", VersionView.of(row), "changes", changes));
        return row;
    }

    private static List<Parameter> changed(Recipe base, List<ParameterChange> changes) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        base.parameters().forEach(p -> parameters.put(p.name(), p));
        for (int i = 0; i < changes.size(); i++) {
            ParameterChange change = changes.get(i);
            if (change == null || change.name() == null || change.name().isBlank()) {
                throw new IllegalArgumentException("changes[" + i + "].name is required");
            }
            Parameter p = parameters.get(change.name());
            if (p == null) {
                throw new IllegalArgumentException(
                        "parameters["
                                + change.name()
                                + "]: "
                                + base.key()
                                + " has no parameter "
                                + change.name());
            }
            parameters.put(p.name(), apply(p, change));
        }
        return new ArrayList<>(parameters.values());
    }

    private static Parameter apply(Parameter p, ParameterChange change) {
        Limits spec = change.specLimits() == null ? p.specLimits() : change.specLimits();
        Limits control =
                change.controlLimits() == null ? p.controlLimits() : change.controlLimits();
        Double target = change.target() == null ? p.target() : change.target();
        return new Parameter(p.name(), p.unit(), target, spec, control, p.electrode());
    }

    private void requireValid(Recipe draft) {
        List<Violation> violations = validator.validate(draft.key(), draft);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(
                    violations.stream()
                            .map(v -> v.path() + ": " + v.message())
                            .collect(Collectors.joining("; ")));
        }
    }
}
