package io.gigafab.gateway.config;

import java.util.regex.Pattern;

/**
 * Collect every variable below {@code root} (relative to the machine, "" = the machine itself)
 * whose relative browse path matches {@code include} and not {@code exclude}. The tag name is
 * {@code tagPrefix} + the relative path with '/' replaced by '.'.
 */
public record BrowseRule(
        String root,
        String include,
        String exclude,
        String tagPrefix,
        Double samplingMs,
        Deadband deadband) {

    public BrowseRule {
        root = root == null ? "" : root;
        include = include == null ? ".*" : include;
        tagPrefix = tagPrefix == null ? "" : tagPrefix;
        samplingMs = samplingMs == null ? 500.0 : samplingMs;
        compile(include, "include");
        if (exclude != null) {
            compile(exclude, "exclude");
        }
    }

    public boolean matches(String relativePath) {
        return Pattern.matches(include, relativePath)
                && (exclude == null || !Pattern.matches(exclude, relativePath));
    }

    private static void compile(String regex, String field) {
        try {
            Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    "browse." + field + " is not a valid regex: " + e.getDescription());
        }
    }
}
