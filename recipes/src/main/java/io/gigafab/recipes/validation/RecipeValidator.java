package io.gigafab.recipes.validation;

import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeDocument;
import io.gigafab.recipes.Violation;
import java.util.List;

/**
 * Checks a parsed recipe: header, parameters (required per equipment class, units, targets and
 * limits), procedure (settings, order, electrical sequence), chemistry facts and grade bins.
 * Problems of the YAML itself are reported when reading ({@code RecipeYaml}).
 */
public final class RecipeValidator {

    private final List<RecipeRule> rules =
            List.of(
                    new HeaderRules(),
                    new ParameterRules(),
                    new ChemistryRules(),
                    new ProcedureRules(),
                    new SequenceRules(),
                    new VoltageRules(),
                    new GradeRules());

    public List<Violation> validate(RecipeDocument document) {
        return validate(document.file(), document.recipe());
    }

    /** All violations of one recipe; empty when it is valid. */
    public List<Violation> validate(String file, Recipe recipe) {
        Findings findings = new Findings(file);
        for (RecipeRule rule : rules) {
            rule.check(recipe, findings);
        }
        return findings.violations();
    }
}
