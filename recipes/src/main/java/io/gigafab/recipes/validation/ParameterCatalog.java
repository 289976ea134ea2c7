package io.gigafab.recipes.validation;

import io.gigafab.events.EquipmentClass;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The process parameters the plant knows, with the one unit each must be written in, and the ones
 * every recipe of an equipment class must define. Parameters not listed here are allowed
 * (equipment-specific extras) but must still name a unit.
 */
public final class ParameterCatalog {

    private static final Pattern DRYER_ZONE = Pattern.compile("dryer_zone_(\\d+)_temp");

    private static final Map<String, String> UNITS =
            Map.ofEntries(
                    Map.entry("web_speed", "m/min"),
                    Map.entry("line_speed", "m/min"),
                    Map.entry("coat_weight", "mg/cm2"),
                    Map.entry("wet_thickness", "um"),
                    Map.entry("dry_thickness", "um"),
                    Map.entry("coating_width", "mm"),
                    Map.entry("residual_solvent", "ppm"),
                    Map.entry("roll_gap", "um"),
                    Map.entry("roll_force", "kN"),
                    Map.entry("line_load", "t/cm"),
                    Map.entry("roll_temperature", "degC"),
                    Map.entry("target_density", "g/cm3"),
                    Map.entry("calendered_thickness", "um"),
                    Map.entry("lane_width", "mm"),
                    Map.entry("burr_height", "um"),
                    Map.entry("sheet_pairs", "count"),
                    Map.entry("alignment_offset", "mm"),
                    Map.entry("anode_overhang", "mm"),
                    Map.entry("stack_cycle_time", "s"),
                    Map.entry("insulation_resistance", "MOhm"),
                    Map.entry("electrolyte_mass", "g"),
                    Map.entry("electrolyte_water", "ppm"),
                    Map.entry("dew_point", "degC"),
                    Map.entry("fill_vacuum", "kPa"),
                    Map.entry("soak_time", "h"),
                    Map.entry("cell_temperature", "degC"),
                    Map.entry("fixture_pressure", "kPa"),
                    Map.entry("first_cycle_efficiency", "%"),
                    Map.entry("aging_temperature", "degC"),
                    Map.entry("k_value", "mV/d"),
                    Map.entry("ocv", "V"),
                    Map.entry("capacity", "Ah"),
                    Map.entry("dcir", "mOhm"));

    /**
     * Required parameters per equipment class. Classes without recipes yet (MIXER, NOTCHER, WINDER,
     * WELDER) are absent and require nothing.
     */
    private static final Map<EquipmentClass, List<String>> REQUIRED = required();

    /** Parameters whose value depends on the electrode: the recipe must say which one. */
    private static final Set<String> ELECTRODE_SPECIFIC = Set.of("coat_weight", "target_density");

    private ParameterCatalog() {}

    /** The unit a known parameter must use; empty for parameters the catalog does not know. */
    public static Optional<String> expectedUnit(String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (DRYER_ZONE.matcher(name).matches()) {
            return Optional.of("degC");
        }
        return Optional.ofNullable(UNITS.get(name));
    }

    /** The parameters every recipe of the class must define; empty for classes without rules. */
    public static List<String> requiredFor(EquipmentClass equipment) {
        return equipment == null ? List.of() : REQUIRED.getOrDefault(equipment, List.of());
    }

    public static boolean isElectrodeSpecific(String name) {
        return name != null && ELECTRODE_SPECIFIC.contains(name);
    }

    /** Name of the dryer zone temperature parameter, zones counted from 1. */
    public static String dryerZone(int zone) {
        return "dryer_zone_" + zone + "_temp";
    }

    private static Map<EquipmentClass, List<String>> required() {
        Map<EquipmentClass, List<String>> required = new EnumMap<>(EquipmentClass.class);
        required.put(
                EquipmentClass.COATER,
                List.of("web_speed", "coat_weight", "wet_thickness", "dryer_zone_1_temp"));
        required.put(
                EquipmentClass.CALENDER,
                List.of("roll_gap", "roll_force", "roll_temperature", "target_density"));
        required.put(EquipmentClass.SLITTER, List.of("web_speed", "lane_width", "burr_height"));
        required.put(
                EquipmentClass.STACKER,
                List.of(
                        "sheet_pairs",
                        "alignment_offset",
                        "anode_overhang",
                        "insulation_resistance"));
        required.put(EquipmentClass.FILLER, List.of("electrolyte_mass", "dew_point", "soak_time"));
        required.put(EquipmentClass.FORMATION, List.of("cell_temperature"));
        required.put(EquipmentClass.AGING, List.of("aging_temperature", "k_value"));
        required.put(EquipmentClass.GRADER, List.of("capacity", "dcir", "ocv", "k_value"));
        return Collections.unmodifiableMap(required);
    }
}
