package io.gigafab.events.unit;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import java.time.Instant;
import java.util.UUID;

/**
 * A finished cell was measured and binned after formation and aging, e.g. grade A with 281.6 Ah,
 * 0.27 mΩ DCIR, K-value 1.1 mV/day and 3.292 V OCV under grade table version 3.
 *
 * @param grade the grade or bin, e.g. "A", "B", "C"
 * @param gradeTableVersion the version of the grade table that decided it, &ge; 1
 * @param capacityAh measured discharge capacity in Ah, &gt; 0
 * @param dcirMOhm direct-current internal resistance in mΩ, &gt; 0
 * @param kValueMvPerDay self-discharge rate from the OCV drop during aging, in mV/day (optional)
 * @param ocvV open-circuit voltage at grading in V, &gt; 0
 */
public record Graded(
        UUID eventId,
        Instant occurredAt,
        UnitRef unit,
        EquipmentRef equipment,
        String operator,
        String orderId,
        String grade,
        int gradeTableVersion,
        double capacityAh,
        double dcirMOhm,
        Double kValueMvPerDay,
        double ocvV)
        implements UnitEvent {

    public Graded {
        CommonFields.check("Graded", eventId, occurredAt, unit, operator, orderId);
        if (unit.kind() != UnitKind.CELL) {
            throw new IllegalArgumentException(
                    "Graded.unit must be a CELL, got " + unit.kind() + " " + unit.id());
        }
        Require.text(grade, "Graded.grade");
        Require.atLeast(gradeTableVersion, 1, "Graded.gradeTableVersion");
        Require.positive(capacityAh, "Graded.capacityAh");
        Require.positive(dcirMOhm, "Graded.dcirMOhm");
        Require.optionalFinite(kValueMvPerDay, "Graded.kValueMvPerDay");
        Require.positive(ocvV, "Graded.ocvV");
    }
}
