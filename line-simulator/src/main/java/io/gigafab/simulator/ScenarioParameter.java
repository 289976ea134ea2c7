package io.gigafab.simulator;

/**
 * The inputs of the scenario controls, with their names as OPC UA method arguments and as JSON
 * fields of the HTTP control surface, so a rejection can name the input that was wrong.
 */
public enum ScenarioParameter {
    KIND("Kind", "kind"),
    EQUIPMENT_ID("EquipmentId", "equipmentId"),
    MAGNITUDE("Magnitude", "magnitude"),
    DURATION_MINUTES("DurationMinutes", "durationMinutes"),
    FACTOR("Factor", "factor"),
    /** The request as a whole, e.g. a body that is not JSON. */
    REQUEST("Request", "request");

    private final String argumentName;
    private final String fieldName;

    ScenarioParameter(String argumentName, String fieldName) {
        this.argumentName = argumentName;
        this.fieldName = fieldName;
    }

    /** The name of the OPC UA method argument, e.g. {@code DurationMinutes}. */
    public String argumentName() {
        return argumentName;
    }

    /** The name of the JSON field, e.g. {@code durationMinutes}. */
    public String fieldName() {
        return fieldName;
    }
}
