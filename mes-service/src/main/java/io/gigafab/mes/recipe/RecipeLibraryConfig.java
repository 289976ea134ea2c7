package io.gigafab.mes.recipe;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Where the MES reads the plant's recipe library from. */
@ConfigMapping(prefix = "gigafab.recipes")
public interface RecipeLibraryConfig {

    /**
     * A directory of recipe YAML files (the plant's own library). When absent, the library shipped
     * with the MES is used.
     */
    Optional<Path> libraryDirectory();
}
