package io.gigafab.recipes;

/**
 * One problem found in a recipe file: the file, the path of the offending field (e.g. {@code
 * parameters[coat_weight].target} or {@code procedure[3].cutoffVoltage}) and what is wrong.
 */
public record Violation(String file, String path, String message) {

    /** The CLI line: {@code file: path: message}. */
    @Override
    public String toString() {
        return file + ": " + path + ": " + message;
    }
}
