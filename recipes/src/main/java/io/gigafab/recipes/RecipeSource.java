package io.gigafab.recipes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A recipe file to read: its name for violations and how to open it. */
record RecipeSource(String name, Opener opener) {

    /** Opens the content of a source. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    static RecipeSource of(Path file) {
        return new RecipeSource(file.toString(), () -> Files.newInputStream(file));
    }

    InputStream open() throws IOException {
        return opener.open();
    }
}
