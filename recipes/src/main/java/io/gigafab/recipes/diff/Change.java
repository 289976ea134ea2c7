package io.gigafab.recipes.diff;

/**
 * One difference between two recipe versions. {@code before} is null for additions, {@code after}
 * for removals; {@code unit} is set when both values share it (e.g. a changed target).
 */
public record Change(ChangeKind kind, String path, String before, String after, String unit) {

    /** One line, e.g. {@code ~ parameters[coat_weight].target: 21.0 → 21.5 mg/cm2}. */
    public String render() {
        String suffix = unit == null ? "" : " " + unit;
        return switch (kind) {
            case ADDED -> "+ " + path + ": " + after + suffix;
            case REMOVED -> "- " + path + ": " + before + suffix;
            case CHANGED -> "~ " + path + ": " + before + " → " + after + suffix;
        };
    }
}
