package io.gigafab.mes.unit;

import io.gigafab.events.unit.UnitKind;
import io.gigafab.events.unit.UnitRef;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Anything that moves through the plant: a material or slurry lot, an electrode roll, a cell, a
 * module, a pack. Its place on the route is the last completed step ({@code completedSeq}).
 */
@Entity
@Table(name = "unit")
public class Unit {

    public enum Status {
        ACTIVE,
        IN_PROCESS,
        COMPLETED,
        SCRAPPED,
        CONSUMED
    }

    @Id public String id;

    @Enumerated(EnumType.STRING)
    public UnitKind kind;

    @Column(name = "product_id")
    public String productId;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "route_id")
    public String routeId;

    @Column(name = "line_id")
    public String lineId;

    @Enumerated(EnumType.STRING)
    public Status status = Status.ACTIVE;

    @Column(name = "completed_seq")
    public int completedSeq;

    @Column(name = "current_run")
    public Long currentRun;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Version public int version;

    public UnitRef ref() {
        return new UnitRef(kind, id);
    }

    /** A readable name for messages, e.g. "Cell C-123". */
    public String label() {
        String name = kind.name().charAt(0) + kind.name().substring(1).toLowerCase();
        return name + " " + id;
    }

    /** The unit's state for the audit trail. */
    public UnitState state() {
        return new UnitState(id, kind, status, completedSeq, currentRun, lineId, orderId);
    }

    /** Snapshot of a unit for audit records (before/after). */
    public record UnitState(
            String id,
            UnitKind kind,
            Status status,
            int completedSeq,
            Long currentRun,
            String lineId,
            String orderId) {}
}
