package io.gigafab.recipes.validation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The process parameters the plant knows, with the one unit each must be written in. Parameters not
 * listed here are allowed (equipment-specific extras) but must still name a unit.
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

    public static boolean isElectrodeSpecific(String name) {
        return name != null && ELECTRODE_SPECIFIC.contains(name);
    }

    /** Name of the dryer zone temperature parameter, zones counted from 1. */
    public static String dryerZone(int zone) {
        return "dryer_zone_" + zone + "_temp";
    }
}
