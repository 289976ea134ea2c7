package io.gigafab.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigafab.events.EquipmentClass;
import io.gigafab.recipes.yaml.RecipeFileException;
import io.gigafab.recipes.yaml.RecipeYaml;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecipeLibraryTest {

    private static final List<String> PRODUCTS = List.of("LFP-280P", "NMC811-60P", "NA-HC-150P");

    @Test
    void wholeLibraryLoadsWithoutViolations() {
        RecipeLibrary library = RecipeLibrary.loadFromDirectory(TestRecipes.LIBRARY);

        assertThat(library.violations()).isEmpty();
        assertThat(library.fileCount()).isEqualTo(34);
        assertThat(library.documents()).hasSize(34);
        assertThat(library.requireValid()).isSameAs(library);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LFP-280P", "NMC811-60P", "NA-HC-150P"})
    void everyProductHasAnApprovedRecipeForEveryEquipmentClass(String designId) {
        List<Recipe> recipes =
                RecipeLibrary.loadFromDirectory(TestRecipes.LIBRARY).approvedFor(designId);

        Set<EquipmentClass> classes =
                recipes.stream()
                        .map(r -> r.header().equipmentClass())
                        .collect(
                                Collectors.toCollection(
                                        () -> EnumSet.noneOf(EquipmentClass.class)));
        assertThat(classes)
                .containsExactlyInAnyOrder(
                        EquipmentClass.COATER,
                        EquipmentClass.CALENDER,
                        EquipmentClass.SLITTER,
                        EquipmentClass.STACKER,
                        EquipmentClass.FILLER,
                        EquipmentClass.FORMATION,
                        EquipmentClass.AGING,
                        EquipmentClass.GRADER);
        assertThat(recipes).allSatisfy(r -> assertThat(r.header().version()).isEqualTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"COATING", "CALENDERING", "SLITTING"})
    void electrodeStepsHaveACathodeAndAnAnodeRecipe(String step) {
        RecipeLibrary library = RecipeLibrary.loadFromDirectory(TestRecipes.LIBRARY);
        for (String product : PRODUCTS) {
            assertThat(library.approved(product + "-" + step + "-CATHODE")).isPresent();
            assertThat(library.approved(product + "-" + step + "-ANODE")).isPresent();
        }
    }

    @Test
    void versionTwoOfTheLfpCathodeCoatingIsInReviewWhileVersionOneRuns() {
        RecipeLibrary library = RecipeLibrary.loadFromDirectory(TestRecipes.LIBRARY);

        List<Recipe> versions = library.versions("LFP-280P-COATING-CATHODE");

        assertThat(versions).extracting(r -> r.header().version()).containsExactly(1, 2);
        assertThat(versions.get(1).header().status()).isEqualTo(RecipeStatus.IN_REVIEW);
        assertThat(library.approved("LFP-280P-COATING-CATHODE")).contains(versions.get(0));
        assertThat(library.find("LFP-280P-COATING-CATHODE", 2)).contains(versions.get(1));
        assertThat(library.find("LFP-280P-COATING-CATHODE", 3)).isEmpty();
    }

    @Test
    void classpathLibraryHasTheSameRecipesAsTheFolder() {
        RecipeLibrary folder = RecipeLibrary.loadFromDirectory(TestRecipes.LIBRARY);
        RecipeLibrary classpath = RecipeLibrary.loadFromClasspath();

        assertThat(classpath.violations()).isEmpty();
        assertThat(classpath.recipes()).containsExactlyInAnyOrderElementsOf(folder.recipes());
        assertThat(classpath.documents())
                .extracting(RecipeDocument::file)
                .contains("classpath:recipes/library/LFP-280P/formation.yaml");
    }

    @Test
    void classpathLibraryIsFoundInsideAJar(@TempDir Path temp) throws IOException {
        Path jar = temp.resolve("recipes.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            addEntry(out, "recipes/library/README.md", "library".getBytes());
            addEntry(
                    out,
                    "recipes/library/LFP-280P/formation.yaml",
                    Files.readAllBytes(TestRecipes.LIBRARY.resolve("LFP-280P/formation.yaml")));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            RecipeLibrary library = RecipeLibrary.loadFromClasspath(loader);

            assertThat(library.violations()).isEmpty();
            assertThat(library.documents())
                    .extracting(RecipeDocument::file)
                    .containsExactly("classpath:recipes/library/LFP-280P/formation.yaml");
            assertThat(library.recipes().get(0).header().id()).isEqualTo("LFP-280P-FORMATION");
        }
    }

    @Test
    void missingClasspathLibraryIsAnError() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> RecipeLibrary.loadFromClasspath(empty))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("recipes/library");
        }
    }

    @Test
    void everyRecipeSurvivesAWriteAndReadRoundTrip() throws RecipeFileException {
        for (Recipe recipe : RecipeLibrary.loadFromDirectory(TestRecipes.LIBRARY).recipes()) {
            String yaml = RecipeYaml.write(recipe);
            assertThat(RecipeYaml.read("round-trip.yaml", yaml)).as(recipe.key()).isEqualTo(recipe);
        }
    }

    @Test
    void requireValidListsTheViolations(@TempDir Path temp) {
        String yaml =
                TestRecipes.replace(
                        TestRecipes.text("LFP-280P/aging.yaml"), "version: 1", "version: 0");
        Path file = TestRecipes.write(temp, "aging-v0.yaml", yaml);
        RecipeLibrary library = RecipeLibrary.loadFromFiles(List.of(file));

        assertThat(library.isValid()).isFalse();
        assertThatThrownBy(library::requireValid)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("aging-v0.yaml: header.version: version 0 must be 1 or more");
    }

    private static void addEntry(JarOutputStream jar, String name, byte[] content)
            throws IOException {
        jar.putNextEntry(new JarEntry(name));
        OutputStream out = jar;
        out.write(content);
        jar.closeEntry();
    }
}
