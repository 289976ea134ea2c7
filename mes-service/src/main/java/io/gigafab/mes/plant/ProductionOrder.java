package io.gigafab.mes.plant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A production order: how many of a product to make on a line, along a route. */
@Entity
@Table(name = "production_order")
public class ProductionOrder {

    public enum Status {
        RELEASED,
        IN_PROGRESS,
        COMPLETED,
        CANCELLED
    }

    @Id public String id;

    @Column(name = "product_id")
    public String productId;

    @Column(name = "route_id")
    public String routeId;

    @Column(name = "line_id")
    public String lineId;

    public int quantity;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version public int version;
}
