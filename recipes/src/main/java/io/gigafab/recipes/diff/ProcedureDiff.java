package io.gigafab.recipes.diff;

import io.gigafab.recipes.Quantity;
import io.gigafab.recipes.Step;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Steps matched by name: added, removed, changed type or settings, and changed order. */
final class ProcedureDiff {

    private ProcedureDiff() {}

    static void compare(List<Step> before, List<Step> after, Changes changes) {
        Map<String, Step> old = byName(before);
        Map<String, Step> current = byName(after);
        for (Map.Entry<String, Step> entry : old.entrySet()) {
            String path = "procedure[" + entry.getKey() + "]";
            Step next = current.get(entry.getKey());
            if (next == null) {
                changes.removed(path, describe(entry.getValue()));
            } else {
                changes.compare(path + ".type", entry.getValue().type(), next.type());
                compareSettings(path, entry.getValue(), next, changes);
            }
        }
        for (Map.Entry<String, Step> entry : current.entrySet()) {
            if (!old.containsKey(entry.getKey())) {
                changes.added("procedure[" + entry.getKey() + "]", describe(entry.getValue()));
            }
        }
        compareOrder(old, current, changes);
    }

    private static void compareSettings(String path, Step a, Step b, Changes changes) {
        Set<String> keys = new LinkedHashSet<>(a.settings().keySet());
        keys.addAll(b.settings().keySet());
        for (String key : keys) {
            Quantity x = a.setting(key);
            Quantity y = b.setting(key);
            boolean sameUnit =
                    x != null
                            && y != null
                            && !x.isReference()
                            && !y.isReference()
                            && Objects.equals(x.unit(), y.unit());
            if (sameUnit) {
                changes.compare(path + "." + key, x.value(), y.value(), x.unit());
            } else {
                changes.compare(path + "." + key, x, y);
            }
        }
    }

    /** Reports a reordering of the steps both versions have. */
    private static void compareOrder(
            Map<String, Step> old, Map<String, Step> current, Changes changes) {
        List<String> oldOrder = old.keySet().stream().filter(current::containsKey).toList();
        List<String> newOrder = current.keySet().stream().filter(old::containsKey).toList();
        if (!oldOrder.equals(newOrder)) {
            changes.compare(
                    "procedure.order", String.join(", ", oldOrder), String.join(", ", newOrder));
        }
    }

    private static String describe(Step step) {
        return step.type() + " " + step.settings();
    }

    private static Map<String, Step> byName(List<Step> steps) {
        Map<String, Step> map = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step != null) {
                map.putIfAbsent(step.name() == null ? "#" + i : step.name(), step);
            }
        }
        return map;
    }
}
