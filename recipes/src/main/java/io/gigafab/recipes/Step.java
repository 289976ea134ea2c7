package io.gigafab.recipes;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of the procedure. Besides {@code name} and {@code type}, every key of the step in YAML
 * is a setting, e.g. {@code cutoffVoltage: {value: 3.65, unit: V}}.
 */
@JsonPropertyOrder({"name", "type"})
public record Step(
        String name, StepType type, @JsonAnySetter @JsonAnyGetter Map<String, Quantity> settings) {

    public Step {
        settings = inSpecOrder(type, settings == null ? Map.of() : settings);
    }

    public Quantity setting(String key) {
        return settings.get(key);
    }

    /**
     * Settings in the order the step type lists them (unknown ones after, by name), so that written
     * YAML and diffs do not depend on map order.
     */
    private static Map<String, Quantity> inSpecOrder(
            StepType type, Map<String, Quantity> settings) {
        List<String> specOrder =
                type == null ? List.of() : type.settings().stream().map(SettingSpec::name).toList();
        Comparator<String> order =
                Comparator.comparingInt(
                                (String key) ->
                                        specOrder.contains(key)
                                                ? specOrder.indexOf(key)
                                                : specOrder.size())
                        .thenComparing(Comparator.naturalOrder());
        Map<String, Quantity> ordered = new LinkedHashMap<>();
        settings.keySet().stream()
                .sorted(order)
                .forEach(key -> ordered.put(key, settings.get(key)));
        return Collections.unmodifiableMap(ordered);
    }

    /** Label used in messages, e.g. {@code CV_CHARGE 'cv-charge'}. */
    public String label() {
        return type + " '" + name + "'";
    }
}
