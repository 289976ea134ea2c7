package io.gigafab.recipes.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.gigafab.recipes.Limits;
import io.gigafab.recipes.Quantity;
import io.gigafab.recipes.Violation;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Turns Jackson's parse and mapping exceptions into violations people can act on. */
final class ParseProblems {

    static final String ROOT = "$";

    private ParseProblems() {}

    static Violation empty(String file) {
        return new Violation(file, ROOT, "file is empty: expected a recipe document");
    }

    static Violation unreadable(String file, IOException e) {
        return new Violation(file, ROOT, "cannot read file: " + e);
    }

    static Violation of(String file, JacksonException e) {
        if (e.getCause() instanceof StreamReadException syntax) {
            String path = syntaxPath(syntax);
            String where =
                    path.equals(ROOT) && e instanceof JsonMappingException m ? path(m) : path;
            return new Violation(file, where, "YAML syntax error: " + firstLine(syntax) + at(e));
        }
        if (e instanceof JsonMappingException mapping) {
            return new Violation(file, path(mapping), mappingMessage(mapping) + at(e));
        }
        String path = e instanceof StreamReadException syntax ? syntaxPath(syntax) : ROOT;
        return new Violation(file, path, "YAML syntax error: " + firstLine(e) + at(e));
    }

    private static String mappingMessage(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '"
                    + unknown.getPropertyName()
                    + "'; known fields: "
                    + known(unknown.getKnownPropertyIds());
        }
        if (e instanceof MismatchedInputException mismatch && isEmptyDocument(mismatch)) {
            return "file is empty: expected a recipe document";
        }
        if (e instanceof InvalidFormatException format) {
            return invalidValue(format);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "wrong type: expected " + typeName(mismatch.getTargetType());
        }
        return "invalid value: " + firstLine(e);
    }

    private static boolean isEmptyDocument(MismatchedInputException e) {
        if (e.getOriginalMessage().startsWith("No content to map")) {
            return true;
        }
        return e.getPath().isEmpty()
                && e instanceof InvalidFormatException format
                && "".equals(format.getValue());
    }

    private static String invalidValue(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed =
                    Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
            return "unknown value '" + e.getValue() + "'; expected one of " + allowed;
        }
        return "wrong type: '" + e.getValue() + "' is not " + typeName(target);
    }

    static String typeName(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == Double.class || type == double.class || type == Float.class) {
            return "a number";
        }
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "an integer";
        }
        if (type == String.class) {
            return "a text";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 timestamp such as 2025-01-14T08:30:00Z";
        }
        if (type == Quantity.class) {
            return "a quantity such as {value: 3.65, unit: V} or {parameter: web_speed}";
        }
        if (type == Limits.class) {
            return "limits such as {lower: 20.5, upper: 21.5}";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping";
        }
        return "a mapping (" + type.getSimpleName() + ")";
    }

    /** Field path from Jackson's reference chain, e.g. {@code procedure[3].cutoffVoltage}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? ROOT : path.toString();
    }

    /** Where the parser was when the syntax broke, from its JSON pointer. */
    private static String syntaxPath(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return ROOT;
        }
        StringBuilder path = new StringBuilder();
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                path.append('[').append(segment).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(segment);
            }
        }
        return path.isEmpty() ? ROOT : path.toString();
    }

    private static String at(JacksonException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String firstLine(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }

    private static String known(Collection<Object> ids) {
        List<String> names = ids.stream().map(Object::toString).toList();
        return String.join(", ", new TreeSet<>(names));
    }
}
