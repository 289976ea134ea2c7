package io.gigafab.mes.recipe;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A recipe download to one machine: requested by the MES, answered by the OPC UA gateway. */
@Entity
@Table(name = "recipe_download")
public class DownloadRequest {

    /** REQUESTED until the gateway answers with ACCEPTED, REJECTED or FAILED. */
    public static final String REQUESTED = "REQUESTED";

    @Id public UUID id;

    @Column(name = "equipment_id")
    public String equipmentId;

    @Column(name = "recipe_id")
    public String recipeId;

    @Column(name = "recipe_version")
    public int recipeVersion;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    public String status;

    @Column(name = "completed_at")
    public Instant completedAt;

    public String message;

    /** The gateway's read-back per setpoint, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "read_backs")
    public String readBacks;
}
