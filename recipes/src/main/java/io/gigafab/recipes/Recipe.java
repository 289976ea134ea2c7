package io.gigafab.recipes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ISA-88 style master recipe for one equipment class and one cell design: header, formula
 * (parameters), procedure (ordered steps) and, for grading equipment, the grade bins.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Recipe(
        RecipeHeader header,
        List<Parameter> parameters,
        List<Step> procedure,
        List<GradeBin> grades) {

    public Recipe {
        parameters = listOf(parameters);
        procedure = listOf(procedure);
        grades = listOf(grades);
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream()
                .filter(Objects::nonNull)
                .filter(p -> name.equals(p.name()))
                .findFirst();
    }

    /** Value and unit of a step setting, following a parameter reference to its target. */
    public Optional<Quantity> resolve(Quantity setting) {
        if (setting == null) {
            return Optional.empty();
        }
        if (!setting.isReference()) {
            return Optional.of(setting);
        }
        return parameter(setting.parameter()).map(p -> new Quantity(p.target(), p.unit(), null));
    }

    /** Short identification for messages, e.g. {@code LFP-280P-FORMATION v1}. */
    @JsonIgnore
    public String key() {
        return header == null ? "?" : header.id() + " v" + header.version();
    }

    private static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
