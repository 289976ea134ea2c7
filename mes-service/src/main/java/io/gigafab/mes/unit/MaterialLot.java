package io.gigafab.mes.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An incoming material lot: supplier, origin, certificate values, carbon footprint, recycled
 * content and supply-chain compliance status — the facts a battery passport is built from.
 */
@Entity
@Table(name = "material_lot")
public class MaterialLot {

    public enum Compliance {
        COMPLIANT,
        UNDER_REVIEW,
        /** Supplier is a foreign entity of concern. */
        FEOC
    }

    @Id
    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "material_id")
    public String materialId;

    public String supplier;

    @Column(name = "supplier_lot")
    public String supplierLot;

    @Column(name = "country_of_origin")
    public String countryOfOrigin;

    @Column(name = "received_at")
    public Instant receivedAt;

    public BigDecimal quantity;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> certificate = Map.of();

    @Column(name = "carbon_footprint_kg_per_kg")
    public BigDecimal carbonFootprintKgPerKg;

    @Column(name = "recycled_content_pct")
    public BigDecimal recycledContentPct;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "compliance_status")
    public Compliance complianceStatus;
}
