package io.gigafab.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigafab.recipes.validation.RecipeValidator;
import io.gigafab.recipes.yaml.RecipeFileException;
import io.gigafab.recipes.yaml.RecipeYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Library files and broken copies of them for tests. */
public final class TestRecipes {

    /** The library in the module folder (tests run with the module as working directory). */
    public static final Path LIBRARY = Path.of("library");

    private TestRecipes() {}

    public static String text(String libraryFile) {
        try {
            return Files.readString(LIBRARY.resolve(libraryFile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one exact snippet, failing the test when the snippet is not in the text once. */
    public static String replace(String text, String from, String to) {
        int first = text.indexOf(from);
        assertThat(first).as("snippet to replace: %s", from).isNotNegative();
        assertThat(text.indexOf(from, first + 1)).as("snippet occurs once: %s", from).isNegative();
        return text.substring(0, first) + to + text.substring(first + from.length());
    }

    public static Path write(Path directory, String fileName, String yaml) {
        try {
            return Files.writeString(directory.resolve(fileName), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a broken copy of a library file: {@code fromTo} holds pairs of exact snippets and
     * their replacements.
     */
    public static Path broken(
            Path directory, String fileName, String libraryFile, String... fromTo) {
        assertThat(fromTo.length % 2).as("pairs of from/to").isZero();
        String yaml = text(libraryFile);
        for (int i = 0; i < fromTo.length; i += 2) {
            yaml = replace(yaml, fromTo[i], fromTo[i + 1]);
        }
        return write(directory, fileName, yaml);
    }

    public static Recipe read(String libraryFile) {
        try {
            return RecipeYaml.read(LIBRARY.resolve(libraryFile));
        } catch (RecipeFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** All violations of reading and validating one recipe file. */
    public static List<Violation> violations(Path file) {
        try {
            return new RecipeValidator().validate(file.toString(), RecipeYaml.read(file));
        } catch (RecipeFileException e) {
            return List.of(e.violation());
        }
    }
}
