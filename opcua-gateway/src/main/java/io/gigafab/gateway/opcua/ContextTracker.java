package io.gigafab.gateway.opcua;

import io.gigafab.events.measurement.ProductionContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;

/**
 * The production context of one machine as its context nodes last reported it (lot, roll id,
 * position, cell id, tray, channel, active recipe). The context nodes are monitored in the same
 * subscription as the process values, and the context changes of a publish response are applied
 * before its value changes; so every sample carries the <em>latest known</em> context at the moment
 * its data change arrives — not a context read atomically with the value (OPC UA has no such read
 * across nodes). A context node that reads Bad leaves its field empty rather than stale.
 *
 * <p>Fields are machine-wide, or per group (the node holding the tags, e.g. one formation channel)
 * for context paths relative to the tags; a group's field wins over the machine-wide one.
 *
 * <p>Thread-safe: updated by subscription delivery and by polling.
 */
final class ContextTracker {

    private final Map<String, Map<String, Object>> fieldsByGroup = new ConcurrentHashMap<>();

    /** Take a context node's new value. */
    void update(ContextNode node, DataValue value) {
        Map<String, Object> fields =
                fieldsByGroup.computeIfAbsent(node.group(), g -> new ConcurrentHashMap<>());
        Object converted = value.getStatusCode().isBad() ? null : convert(node.field(), value);
        if (converted == null) {
            fields.remove(node.field());
        } else {
            fields.put(node.field(), converted);
        }
    }

    /** The context for a tag in {@code group}, or null when nothing is known. */
    ProductionContext contextFor(String group) {
        Map<String, Object> machine =
                fieldsByGroup.getOrDefault(ContextNode.MACHINE_WIDE, Map.of());
        Map<String, Object> own =
                group.isEmpty() ? Map.of() : fieldsByGroup.getOrDefault(group, Map.of());
        if (machine.isEmpty() && own.isEmpty()) {
            return null;
        }
        return new ProductionContext(
                text(own, machine, "orderId"),
                text(own, machine, "lotId"),
                text(own, machine, "rollId"),
                (Double) field(own, machine, "positionM"),
                text(own, machine, "cellId"),
                text(own, machine, "trayId"),
                (Integer) field(own, machine, "channel"),
                text(own, machine, "recipeId"),
                (Integer) field(own, machine, "recipeVersion"));
    }

    private static Object field(Map<String, Object> own, Map<String, Object> machine, String name) {
        Object value = own.get(name);
        return value != null ? value : machine.get(name);
    }

    private static String text(Map<String, Object> own, Map<String, Object> machine, String name) {
        return (String) field(own, machine, name);
    }

    /** The value as the contract's field type, or null when it is not a valid one. */
    static Object convert(String field, DataValue value) {
        Object raw = value.getValue().getValue();
        return switch (field) {
            case "positionM" -> {
                Double number = number(raw);
                yield number != null && number >= 0 ? number : null;
            }
            case "channel" -> whole(raw, 0);
            case "recipeVersion" -> whole(raw, 1);
            default -> text(raw);
        };
    }

    private static String text(Object raw) {
        String text =
                raw instanceof LocalizedText localized
                        ? localized.text()
                        : raw instanceof String || raw instanceof Number ? raw.toString() : null;
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Double number(Object raw) {
        if (raw instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        if (raw instanceof String text) {
            try {
                double parsed = Double.parseDouble(text.trim());
                return Double.isFinite(parsed) ? parsed : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Integer whole(Object raw, int min) {
        Double number = number(raw);
        if (number == null
                || number != Math.rint(number)
                || number < min
                || number > Integer.MAX_VALUE) {
            return null;
        }
        return number.intValue();
    }
}
