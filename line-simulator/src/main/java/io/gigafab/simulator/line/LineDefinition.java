package io.gigafab.simulator.line;

import java.util.List;
import java.util.Map;

/**
 * What a simulated line is: where it sits (ISA-95), which cell design it builds (its recipes come
 * from the recipe library), how fast time runs, the seed, the machines' rates and the faults of the
 * scenario. Loaded from YAML by {@link LineDefinitions}; every field has a default.
 *
 * @param rollBuffer mother rolls each electrode buffer holds (coated, calendered, and slit into
 *     daughter rolls): the work in progress between a coater and the stacker
 * @param equipmentIds equipment id per machine role (see {@link Role}); missing roles keep their
 *     default id
 */
public record LineDefinition(
        String site,
        String area,
        String line,
        String design,
        String runId,
        long seed,
        double speedUp,
        double stepSeconds,
        double rollLengthM,
        int lanes,
        double sheetLengthM,
        int formationTrays,
        int formationChannels,
        double formationHours,
        double soakHours,
        double agingHours,
        double agingDays,
        double fillCycleSeconds,
        double ocvCycleSeconds,
        double gradeCycleSeconds,
        double warmUpHours,
        int rollBuffer,
        Map<Role, String> equipmentIds,
        List<ScheduledFault> faults) {

    /** The machines of a line, one each. */
    public enum Role {
        CATHODE_COATER("COAT-C01"),
        ANODE_COATER("COAT-A01"),
        CATHODE_CALENDER("CAL-C01"),
        ANODE_CALENDER("CAL-A01"),
        CATHODE_SLITTER("SLIT-C01"),
        ANODE_SLITTER("SLIT-A01"),
        STACKER("STACK-01"),
        FILLER("FILL-01"),
        FORMATION("FORM-01"),
        AGING("AGE-01"),
        GRADER("GRADE-01");

        private final String defaultId;

        Role(String defaultId) {
            this.defaultId = defaultId;
        }

        public String defaultId() {
            return defaultId;
        }
    }

    public LineDefinition {
        equipmentIds = equipmentIds == null ? Map.of() : Map.copyOf(equipmentIds);
        faults = faults == null ? List.of() : List.copyOf(faults);
        require(speedUp > 0, "speedUp must be positive");
        require(stepSeconds > 0 && stepSeconds <= 60, "stepSeconds must be in (0, 60]");
        require(rollLengthM >= 100, "rollLengthM must be at least 100");
        require(lanes >= 1 && lanes <= 8, "lanes must be 1..8");
        require(sheetLengthM > 0 && sheetLengthM < 2, "sheetLengthM must be in (0, 2)");
        require(
                formationTrays >= 1 && formationChannels >= 1,
                "formation needs trays and channels");
        require(
                formationHours > 0 && agingHours > 0 && soakHours >= 0,
                "durations must be positive");
        require(agingDays > 0, "agingDays must be positive");
        require(
                fillCycleSeconds > 0 && ocvCycleSeconds > 0 && gradeCycleSeconds > 0,
                "cycle times must be positive");
        require(warmUpHours >= 0, "warmUpHours must not be negative");
        require(rollBuffer >= 1 && rollBuffer <= 20, "rollBuffer must be 1..20");
    }

    /** The same line with this fault schedule instead of its own. */
    public LineDefinition withFaults(List<ScheduledFault> schedule) {
        return new LineDefinition(
                site,
                area,
                line,
                design,
                runId,
                seed,
                speedUp,
                stepSeconds,
                rollLengthM,
                lanes,
                sheetLengthM,
                formationTrays,
                formationChannels,
                formationHours,
                soakHours,
                agingHours,
                agingDays,
                fillCycleSeconds,
                ocvCycleSeconds,
                gradeCycleSeconds,
                warmUpHours,
                rollBuffer,
                equipmentIds,
                schedule);
    }

    public String equipmentId(Role role) {
        return equipmentIds.getOrDefault(role, role.defaultId());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("line definition: " + message);
        }
    }
}
