package io.gigafab.mes.recipe;

import io.gigafab.events.EquipmentClass;
import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which recipe parameters a machine of each class takes as setpoints (its equipment phase
 * parameters); the others — wet thickness, residual solvent, … — are quality characteristics the
 * machine reports but does not accept. A download carries the setpoints only. Patterns may use
 * {@code *}. Defaults describe the reference line (the line-simulator's machines).
 */
@ConfigMapping(prefix = "gigafab.recipe-setpoints")
public interface MachineSetpoints {

    /** Parameter name patterns per equipment class, e.g. COATER: web_speed,dryer_zone_*_temp. */
    Map<EquipmentClass, List<String>> byClass();

    /** Whether a parameter is a setpoint of machines of this class. */
    default boolean isSetpoint(EquipmentClass equipmentClass, String parameter) {
        return byClass().getOrDefault(equipmentClass, List.of()).stream()
                .map(pattern -> Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q")))
                .anyMatch(regex -> regex.matcher(parameter).matches());
    }
}
