package io.gigafab.recipes.diff;

import io.gigafab.recipes.Recipe;
import java.util.List;

/**
 * The differences between two versions of a recipe: header fields, parameters (matched by name),
 * procedure steps (matched by name, plus their order) and grade bins (matched by grade).
 */
public record RecipeDiff(List<Change> changes) {

    public RecipeDiff {
        changes = List.copyOf(changes);
    }

    public static RecipeDiff between(Recipe before, Recipe after) {
        Changes changes = new Changes();
        HeaderDiff.compare(before.header(), after.header(), changes);
        ParameterDiff.compare(before.parameters(), after.parameters(), changes);
        ProcedureDiff.compare(before.procedure(), after.procedure(), changes);
        GradeDiff.compare(before.grades(), after.grades(), changes);
        return new RecipeDiff(changes.list());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Paths of all changed fields, in diff order. */
    public List<String> paths() {
        return changes.stream().map(Change::path).toList();
    }

    /** One line per change. */
    public List<String> lines() {
        return changes.stream().map(Change::render).toList();
    }
}
