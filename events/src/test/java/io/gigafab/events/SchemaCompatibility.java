package io.gigafab.events;

import io.gigafab.events.SchemaFieldSet.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares the field set of a schema with its committed baseline under the v1 rule: additive
 * changes only. Breaking (a v2 topic is needed): a property removed, its type changed, an allowed
 * value removed, a required property made optional (consumers rely on it), an existing property
 * made required, or a new required property on an existing object (old producers do not send it).
 * Additive (allowed, but the baseline must be updated): new optional properties, new event types,
 * new allowed values.
 */
final class SchemaCompatibility {

    /** What changed: breaking changes and additive changes not yet in the baseline. */
    record Report(List<String> breaking, List<String> additions) {}

    private SchemaCompatibility() {}

    static Report compare(String schema, Map<String, Field> baseline, Map<String, Field> current) {
        List<String> breaking = new ArrayList<>();
        List<String> additions = new ArrayList<>();
        baseline.forEach(
                (path, before) -> {
                    Field now = current.get(path);
                    if (now == null) {
                        breaking.add(schema + ": property " + path + " was removed");
                        return;
                    }
                    if (!before.type().equals(now.type())) {
                        breaking.add(
                                schema
                                        + ": property "
                                        + path
                                        + " changed type from "
                                        + before.type()
                                        + " to "
                                        + now.type());
                    }
                    if (before.required() && !now.required()) {
                        breaking.add(
                                schema
                                        + ": property "
                                        + path
                                        + " is no longer required (consumers rely on it)");
                    }
                    if (!before.required() && now.required()) {
                        breaking.add(
                                schema
                                        + ": property "
                                        + path
                                        + " became required (old producers may leave it out)");
                    }
                    if (before.values() != null && now.values() != null) {
                        List<String> removed = new ArrayList<>(before.values());
                        removed.removeAll(now.values());
                        List<String> added = new ArrayList<>(now.values());
                        added.removeAll(before.values());
                        if (!removed.isEmpty()) {
                            breaking.add(
                                    schema + ": property " + path + " no longer allows " + removed);
                        }
                        if (!added.isEmpty()) {
                            additions.add(
                                    schema + ": property " + path + " allows new values " + added);
                        }
                    }
                    if (before.values() == null && now.values() != null) {
                        breaking.add(
                                schema
                                        + ": property "
                                        + path
                                        + " is now restricted to "
                                        + now.values());
                    }
                });
        current.forEach(
                (path, now) -> {
                    if (baseline.containsKey(path)) {
                        return;
                    }
                    if (now.required() && SchemaFieldSet.parentKnown(baseline, path)) {
                        breaking.add(
                                schema
                                        + ": new property "
                                        + path
                                        + " is required (old producers do not send it)");
                    } else {
                        additions.add(schema + ": new property " + path);
                    }
                });
        return new Report(breaking, additions);
    }
}
