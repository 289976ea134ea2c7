package io.gigafab.recipes;

import java.util.List;

/**
 * The equipment a master recipe is written for, with the process parameters every recipe of that
 * class must define (names from {@code ParameterCatalog}).
 */
public enum EquipmentClass {
    COATER("web_speed", "coat_weight", "wet_thickness", "dryer_zone_1_temp"),
    CALENDER("roll_gap", "roll_force", "roll_temperature", "target_density"),
    SLITTER("web_speed", "lane_width", "burr_height"),
    STACKER("sheet_pairs", "alignment_offset", "anode_overhang", "insulation_resistance"),
    FILLER("electrolyte_mass", "dew_point", "soak_time"),
    FORMATION("cell_temperature"),
    AGING("aging_temperature", "k_value"),
    GRADER("capacity", "dcir", "ocv", "k_value");

    private final List<String> requiredParameters;

    EquipmentClass(String... requiredParameters) {
        this.requiredParameters = List.of(requiredParameters);
    }

    public List<String> requiredParameters() {
        return requiredParameters;
    }

    /** Roll-to-roll equipment: the web is unwound first and rewound last. */
    public boolean isRollToRoll() {
        return this == COATER || this == CALENDER || this == SLITTER;
    }
}
