package io.gigafab.recipes.validation;

import io.gigafab.recipes.Violation;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one recipe file. */
public final class Findings {

    private final String file;
    private final List<Violation> violations = new ArrayList<>();

    public Findings(String file) {
        this.file = file;
    }

    public void add(String path, String message) {
        violations.add(new Violation(file, path, message));
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Path of a parameter: by name when it has one, else by position. */
    static String parameterPath(String name, int index) {
        return "parameters[" + (name == null || name.isBlank() ? index : name) + "]";
    }

    static String stepPath(int index) {
        return "procedure[" + index + "]";
    }
}
