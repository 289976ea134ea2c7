package io.gigafab.recipes.cli;

import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeLibrary;
import io.gigafab.recipes.Violation;
import io.gigafab.recipes.diff.RecipeDiff;
import io.gigafab.recipes.validation.RecipeValidator;
import io.gigafab.recipes.yaml.RecipeFileException;
import io.gigafab.recipes.yaml.RecipeYaml;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Command line for recipe files.
 *
 * <pre>
 * validate &lt;file-or-dir&gt;...   print violations as "file: path: message"; exit 1 if any
 * diff &lt;old.yaml&gt; &lt;new.yaml&gt;   print the changes between two versions
 * </pre>
 *
 * Exit codes: 0 ok, 1 invalid recipes, 2 wrong usage.
 */
public final class RecipeCli {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT =
            """
            usage: recipes validate <file-or-dir>...
                   recipes diff <old.yaml> <new.yaml>
            """;

    private final PrintStream out;
    private final PrintStream err;

    private RecipeCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, utf8(FileDescriptor.out), utf8(FileDescriptor.err)));
    }

    /** Diff lines contain "→": write UTF-8 whatever the platform default (Java 17). */
    private static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
    }

    /** Runs one command and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        RecipeCli cli = new RecipeCli(out, err);
        if (args.length == 0) {
            return cli.usage("missing command");
        }
        List<String> operands = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case "validate" -> cli.validate(operands);
            case "diff" -> cli.diff(operands);
            default -> cli.usage("unknown command '" + args[0] + "'");
        };
    }

    private int validate(List<String> operands) {
        if (operands.isEmpty()) {
            return usage("validate needs at least one file or directory");
        }
        List<Path> files = new ArrayList<>();
        for (String operand : operands) {
            Path path = Path.of(operand);
            if (!Files.exists(path)) {
                return usage("no such file or directory: " + operand);
            }
            files.addAll(Files.isDirectory(path) ? RecipeLibrary.recipeFiles(path) : List.of(path));
        }
        if (files.isEmpty()) {
            err.println("no recipe files (*.yaml, *.yml) in " + String.join(", ", operands));
            return INVALID;
        }
        RecipeLibrary library = RecipeLibrary.loadFromFiles(files);
        library.violations().forEach(out::println);
        return summarize(library);
    }

    private int summarize(RecipeLibrary library) {
        int files = library.fileCount();
        if (library.isValid()) {
            out.println(files + (files == 1 ? " recipe" : " recipes") + " valid");
            return OK;
        }
        long badFiles = library.violations().stream().map(Violation::file).distinct().count();
        out.println(
                library.violations().size()
                        + " violation(s) in "
                        + badFiles
                        + " of "
                        + files
                        + " recipe file(s)");
        return INVALID;
    }

    private int diff(List<String> operands) {
        if (operands.size() != 2) {
            return usage("diff needs exactly two recipe files");
        }
        for (String operand : operands) {
            if (!Files.isRegularFile(Path.of(operand))) {
                return usage("no such file: " + operand);
            }
        }
        List<Violation> violations = new ArrayList<>();
        Recipe before = readValid(Path.of(operands.get(0)), violations);
        Recipe after = readValid(Path.of(operands.get(1)), violations);
        if (!violations.isEmpty()) {
            violations.forEach(out::println);
            out.println("cannot diff: invalid recipe file(s)");
            return INVALID;
        }
        RecipeDiff diff = RecipeDiff.between(before, after);
        out.println("diff " + before.key() + " → " + after.key());
        diff.lines().forEach(out::println);
        out.println(diff.isEmpty() ? "no differences" : diff.changes().size() + " change(s)");
        return OK;
    }

    /** Reads and validates one recipe; null (with violations added) when it is invalid. */
    private static Recipe readValid(Path file, List<Violation> violations) {
        try {
            Recipe recipe = RecipeYaml.read(file);
            List<Violation> found = new RecipeValidator().validate(file.toString(), recipe);
            violations.addAll(found);
            return found.isEmpty() ? recipe : null;
        } catch (RecipeFileException e) {
            violations.add(e.violation());
            return null;
        }
    }

    private int usage(String problem) {
        err.println("recipes: " + problem);
        err.print(USAGE_TEXT);
        return USAGE;
    }
}
