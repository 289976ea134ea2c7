package io.gigafab.recipes;

import io.gigafab.recipes.validation.LibraryRules;
import io.gigafab.recipes.validation.RecipeValidator;
import io.gigafab.recipes.yaml.RecipeFileException;
import io.gigafab.recipes.yaml.RecipeYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The plant's recipe library: every recipe file read, checked one by one and across files. Files
 * that cannot be read into a recipe are left out of {@link #documents()} and reported in {@link
 * #violations()}.
 */
public final class RecipeLibrary {

    /** Where the module ships its library on the class path. */
    public static final String CLASSPATH_ROOT = "recipes/library";

    private final int fileCount;
    private final List<RecipeDocument> documents;
    private final List<Violation> violations;

    private RecipeLibrary(
            int fileCount, List<RecipeDocument> documents, List<Violation> violations) {
        this.fileCount = fileCount;
        this.documents = List.copyOf(documents);
        this.violations = List.copyOf(violations);
    }

    /** Reads all {@code *.yaml} / {@code *.yml} files below a directory. */
    public static RecipeLibrary loadFromDirectory(Path directory) {
        return loadFromFiles(recipeFiles(directory));
    }

    /** Reads the given recipe files; violations name each file as given. */
    public static RecipeLibrary loadFromFiles(Collection<Path> files) {
        List<RecipeSource> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(RecipeSource.of(file));
        }
        return fromSources(sources);
    }

    /** Reads the library this module ships ({@value #CLASSPATH_ROOT}). */
    public static RecipeLibrary loadFromClasspath() {
        return loadFromClasspath(RecipeLibrary.class.getClassLoader());
    }

    public static RecipeLibrary loadFromClasspath(ClassLoader loader) {
        return fromSources(ClasspathRecipes.find(loader, CLASSPATH_ROOT));
    }

    static RecipeLibrary fromSources(List<RecipeSource> sources) {
        List<RecipeDocument> documents = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        RecipeValidator validator = new RecipeValidator();
        for (RecipeSource source : sources) {
            try (InputStream in = source.open()) {
                Recipe recipe = RecipeYaml.read(source.name(), in);
                RecipeDocument document = new RecipeDocument(source.name(), recipe);
                documents.add(document);
                violations.addAll(validator.validate(document));
            } catch (RecipeFileException e) {
                violations.add(e.violation());
            } catch (IOException e) {
                violations.add(new Violation(source.name(), "$", "cannot read file: " + e));
            }
        }
        violations.addAll(LibraryRules.check(documents));
        return new RecipeLibrary(sources.size(), documents, violations);
    }

    /** Recipe files below a directory, sorted by path. */
    public static List<Path> recipeFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(RecipeLibrary::isRecipeFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list recipe files in " + directory, e);
        }
    }

    static boolean isRecipeFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Number of files read, including those that did not parse. */
    public int fileCount() {
        return fileCount;
    }

    public List<RecipeDocument> documents() {
        return documents;
    }

    public List<Recipe> recipes() {
        return documents.stream().map(RecipeDocument::recipe).toList();
    }

    public List<Violation> violations() {
        return violations;
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** Throws when the library has violations: for services that must not start on a bad one. */
    public RecipeLibrary requireValid() {
        if (!isValid()) {
            StringBuilder text = new StringBuilder("recipe library has violations:");
            violations.forEach(v -> text.append(System.lineSeparator()).append(v));
            throw new IllegalStateException(text.toString());
        }
        return this;
    }

    public Optional<Recipe> find(String id, int version) {
        return versions(id).stream().filter(r -> r.header().version() == version).findFirst();
    }

    /** All versions of a recipe, oldest first. */
    public List<Recipe> versions(String id) {
        return recipes().stream()
                .filter(r -> r.header() != null && id.equals(r.header().id()))
                .filter(r -> r.header().version() != null)
                .sorted(Comparator.comparing(r -> r.header().version()))
                .toList();
    }

    /** The version the line runs: the APPROVED one. */
    public Optional<Recipe> approved(String id) {
        return versions(id).stream()
                .filter(r -> r.header().status() == RecipeStatus.APPROVED)
                .findFirst();
    }

    /** The APPROVED recipes for one cell design. */
    public List<Recipe> approvedFor(String designId) {
        return recipes().stream()
                .filter(r -> r.header() != null && r.header().product() != null)
                .filter(r -> designId.equals(r.header().product().designId()))
                .filter(r -> r.header().status() == RecipeStatus.APPROVED)
                .toList();
    }
}
