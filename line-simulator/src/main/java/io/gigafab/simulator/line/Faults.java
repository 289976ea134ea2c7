package io.gigafab.simulator.line;

import java.util.ArrayList;
import java.util.List;

/** The faults scheduled or injected on the line; machines ask what is in force for them. */
public final class Faults {

    private final List<Fault> faults = new ArrayList<>();

    public synchronized void add(Fault fault) {
        faults.add(fault);
    }

    /** Remove every fault, past, present and scheduled. */
    public synchronized void clear() {
        faults.clear();
    }

    public synchronized List<Fault> all() {
        return List.copyOf(faults);
    }

    /** The summed magnitude of the faults of this kind on this machine in force at {@code now}. */
    public synchronized double magnitude(FaultKind kind, String equipmentId, double now) {
        double total = 0.0;
        for (Fault fault : faults) {
            if (fault.kind() == kind && fault.equipmentId().equals(equipmentId)) {
                total += fault.magnitudeAt(now);
            }
        }
        return total;
    }

    public synchronized boolean active(FaultKind kind, String equipmentId, double now) {
        return faults.stream()
                .anyMatch(
                        f ->
                                f.kind() == kind
                                        && f.equipmentId().equals(equipmentId)
                                        && f.activeAt(now));
    }

    /** Whether a formation channel (1-based across all trays) has a fault at {@code now}. */
    public synchronized boolean channelFault(String equipmentId, int channel, double now) {
        return faults.stream()
                .anyMatch(
                        f ->
                                f.kind() == FaultKind.FORMATION_CHANNEL_FAULT
                                        && f.equipmentId().equals(equipmentId)
                                        && (int) Math.round(f.magnitude()) == channel
                                        && f.activeAt(now));
    }
}
