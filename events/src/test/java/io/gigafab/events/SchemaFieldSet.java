package io.gigafab.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The properties a JSON Schema defines, flattened to paths with their JSON type, whether they are
 * required and their allowed values (enum or const). Paths use "." between objects, "[]" for array
 * items and "&lt;Def&gt;" for a {@code oneOf}/{@code anyOf}/{@code allOf} branch that refers to
 * {@code $defs/Def}, e.g. {@code samples[].statusCode} or {@code <Graded>.capacityAh}. Conditional
 * rules ({@code if/then}, required-only branches) are not part of the field set.
 */
final class SchemaFieldSet {

    /** One property: its JSON type ("a|b" for unions), required or not, allowed values or null. */
    record Field(String type, boolean required, List<String> values) {}

    private static final int MAX_DEPTH = 32;

    private final JsonNode root;
    private final SortedMap<String, Field> fields = new TreeMap<>();

    private SchemaFieldSet(JsonNode root) {
        this.root = root;
    }

    static SortedMap<String, Field> of(JsonNode schema) {
        SchemaFieldSet set = new SchemaFieldSet(schema);
        set.walk(schema, "", 0);
        return set.fields;
    }

    private void walk(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("schema nesting too deep at " + path);
        }
        JsonNode schema = resolve(node);
        Set<String> required = texts(schema.get("required"));
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            properties
                    .fields()
                    .forEachRemaining(
                            property -> {
                                String name = property.getKey();
                                String childPath = path.isEmpty() ? name : path + "." + name;
                                add(childPath, property.getValue(), required.contains(name));
                                walk(property.getValue(), childPath, depth + 1);
                            });
        }
        if (schema.has("items")) {
            walk(schema.get("items"), path + "[]", depth + 1);
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            for (JsonNode branch : schema.path(combinator)) {
                String branchPath = branch.has("$ref") ? path + "<" + defName(branch) + ">" : path;
                walk(branch, branchPath, depth + 1);
            }
        }
    }

    private void add(String path, JsonNode property, boolean required) {
        Field field = new Field(typeOf(property), required, valuesOf(property));
        Field before = fields.putIfAbsent(path, field);
        if (before != null && !before.equals(field)) {
            throw new IllegalStateException(path + " is defined twice: " + before + ", " + field);
        }
    }

    private String typeOf(JsonNode node) {
        JsonNode schema = resolve(node);
        Set<String> types = new TreeSet<>();
        if (schema.has("type")) {
            types.addAll(
                    schema.get("type").isArray()
                            ? texts(schema.get("type"))
                            : Set.of(schema.get("type").asText()));
        } else if (schema.has("const")) {
            types.add(jsonType(schema.get("const")));
        } else if (schema.has("enum")) {
            schema.get("enum").forEach(value -> types.add(jsonType(value)));
        } else {
            for (String combinator : List.of("oneOf", "anyOf")) {
                schema.path(combinator).forEach(branch -> types.add(typeOf(branch)));
            }
        }
        return types.isEmpty() ? "any" : String.join("|", types);
    }

    private List<String> valuesOf(JsonNode node) {
        JsonNode schema = resolve(node);
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add(value.asText()));
            return values;
        }
        return schema.has("const") ? List.of(schema.get("const").asText()) : null;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode schema = node;
        for (int hops = 0; schema.has("$ref"); hops++) {
            if (hops > MAX_DEPTH) {
                throw new IllegalStateException("$ref cycle at " + node);
            }
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local $ref supported: " + ref);
            }
            schema = root.at(ref.substring(1));
            if (schema.isMissingNode()) {
                throw new IllegalArgumentException("unresolved $ref " + ref);
            }
        }
        return schema;
    }

    private static String defName(JsonNode branch) {
        String ref = branch.get("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static String jsonType(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isNull() ? "null" : value.isArray() ? "array" : "object";
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new TreeSet<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    /** Used by {@link SchemaCompatibility}: whether a path's parent object is in the field set. */
    static boolean parentKnown(Map<String, Field> fields, String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return true; // a top-level property
        }
        String parent = path.substring(0, dot);
        return fields.keySet().stream()
                .anyMatch(known -> known.equals(parent) || known.startsWith(parent + "."));
    }
}
