package io.gigafab.mes.recipe;

import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeLibrary;
import io.gigafab.recipes.diff.RecipeDiff;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The recipe library as the MES sees it: loaded and validated once at start-up. An invalid library
 * stops the service with the violations listed, rather than running the line on a broken recipe.
 */
@Startup
@ApplicationScoped
public class RecipeCatalogue {

    private static final Logger LOG = Logger.getLogger(RecipeCatalogue.class);

    private final RecipeLibrary library;

    public RecipeCatalogue(RecipeLibraryConfig config) {
        RecipeLibrary loaded =
                config.libraryDirectory()
                        .map(RecipeLibrary::loadFromDirectory)
                        .orElseGet(RecipeLibrary::loadFromClasspath);
        this.library = loaded.requireValid();
        LOG.infof("Recipe library loaded: %d recipes", library.recipes().size());
    }

    public List<Recipe> all() {
        return library.recipes();
    }

    public List<Recipe> versions(String id) {
        List<Recipe> versions = library.versions(id);
        if (versions.isEmpty()) {
            throw new NotFoundProblem("No recipe with id " + id + " in the library");
        }
        return versions;
    }

    public Recipe version(String id, int version) {
        versions(id);
        return library.find(id, version)
                .orElseThrow(
                        () -> new NotFoundProblem("Recipe " + id + " has no version " + version));
    }

    public RecipeDiff diff(String id, int from, int to) {
        return RecipeDiff.between(version(id, from), version(id, to));
    }
}
