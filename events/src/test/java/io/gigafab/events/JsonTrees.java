package io.gigafab.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Compares JSON trees the way a reader sees them: numbers by value, timestamps by instant. */
final class JsonTrees {

    private JsonTrees() {}

    /**
     * Every place where {@code expected} has a field that {@code actual} lacks or holds a different
     * value; empty when {@code actual} keeps all of {@code expected} (it may have more).
     */
    static List<String> lostOrChanged(JsonNode expected, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        compare("$", expected, actual, problems);
        return problems;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (actual == null || actual.isMissingNode()) {
            out.add(path + " is missing (was " + expected + ")");
        } else if (expected.isObject()) {
            if (!actual.isObject()) {
                out.add(path + " is " + actual + ", expected an object");
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(
                        path + "." + field.getKey(),
                        field.getValue(),
                        actual.get(field.getKey()),
                        out);
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                out.add(path + " is " + actual + ", expected " + expected);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
        } else if (!sameValue(expected, actual)) {
            out.add(path + " is " + actual + ", expected " + expected);
        }
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isTextual() && actual.isTextual()) {
            return expected.textValue().equals(actual.textValue())
                    || sameInstant(expected.textValue(), actual.textValue());
        }
        return expected.equals(actual);
    }

    private static boolean sameInstant(String expected, String actual) {
        try {
            return OffsetDateTime.parse(expected)
                    .toInstant()
                    .equals(OffsetDateTime.parse(actual).toInstant());
        } catch (DateTimeParseException notATimestamp) {
            return false;
        }
    }
}
