package io.gigafab.recipes.diff;

import io.gigafab.recipes.Limits;
import io.gigafab.recipes.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Parameters matched by name: added, removed, and per field changed. */
final class ParameterDiff {

    private ParameterDiff() {}

    static void compare(List<Parameter> before, List<Parameter> after, Changes changes) {
        Map<String, Parameter> old = byName(before);
        Map<String, Parameter> current = byName(after);
        for (Map.Entry<String, Parameter> entry : old.entrySet()) {
            String path = "parameters[" + entry.getKey() + "]";
            Parameter next = current.get(entry.getKey());
            if (next == null) {
                changes.removed(path, entry.getValue().describe());
            } else {
                compareFields(path, entry.getValue(), next, changes);
            }
        }
        for (Map.Entry<String, Parameter> entry : current.entrySet()) {
            if (!old.containsKey(entry.getKey())) {
                changes.added("parameters[" + entry.getKey() + "]", entry.getValue().describe());
            }
        }
    }

    private static void compareFields(String path, Parameter a, Parameter b, Changes changes) {
        changes.compare(path + ".unit", a.unit(), b.unit());
        changes.compare(path + ".electrode", a.electrode(), b.electrode());
        String unit = Objects.equals(a.unit(), b.unit()) ? a.unit() : null;
        changes.compare(path + ".target", a.target(), b.target(), unit);
        compareLimits(path + ".specLimits", a.specLimits(), b.specLimits(), unit, changes);
        compareLimits(path + ".controlLimits", a.controlLimits(), b.controlLimits(), unit, changes);
    }

    static void compareLimits(
            String path, Limits before, Limits after, String unit, Changes changes) {
        Limits a = before == null ? new Limits(null, null) : before;
        Limits b = after == null ? new Limits(null, null) : after;
        changes.compare(path + ".lower", a.lower(), b.lower(), unit);
        changes.compare(path + ".upper", a.upper(), b.upper(), unit);
    }

    private static Map<String, Parameter> byName(List<Parameter> parameters) {
        Map<String, Parameter> map = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (parameter != null) {
                map.putIfAbsent(parameter.name() == null ? "#" + i : parameter.name(), parameter);
            }
        }
        return map;
    }
}
