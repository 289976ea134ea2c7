package io.gigafab.recipes.validation;

import io.gigafab.recipes.RecipeDocument;
import io.gigafab.recipes.RecipeHeader;
import io.gigafab.recipes.RecipeStatus;
import io.gigafab.recipes.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks across the files of a library: a recipe version is defined once, and at most one version
 * of a recipe is APPROVED (the one the line runs).
 */
public final class LibraryRules {

    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, String> fileByVersion = new HashMap<>();
    private final Map<String, String> approvedFileById = new HashMap<>();

    private LibraryRules() {}

    public static List<Violation> check(List<RecipeDocument> documents) {
        LibraryRules rules = new LibraryRules();
        for (RecipeDocument document : documents) {
            RecipeHeader header = document.recipe().header();
            if (header != null && header.id() != null && header.version() != null) {
                rules.checkVersionIsNew(document.file(), header);
                rules.checkSingleApproval(document.file(), header);
            }
        }
        return List.copyOf(rules.violations);
    }

    private void checkVersionIsNew(String file, RecipeHeader header) {
        String key = header.id() + " v" + header.version();
        String earlier = fileByVersion.putIfAbsent(key, file);
        if (earlier != null) {
            violations.add(
                    new Violation(
                            file,
                            "header.version",
                            "recipe " + key + " is already defined in " + earlier));
        }
    }

    private void checkSingleApproval(String file, RecipeHeader header) {
        if (header.status() != RecipeStatus.APPROVED) {
            return;
        }
        String other = approvedFileById.putIfAbsent(header.id(), file);
        if (other != null) {
            violations.add(
                    new Violation(
                            file,
                            "header.status",
                            "recipe "
                                    + header.id()
                                    + " is also APPROVED in "
                                    + other
                                    + ": only one version may be approved"));
        }
    }
}
