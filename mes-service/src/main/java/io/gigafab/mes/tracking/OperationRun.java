package io.gigafab.mes.tracking;

import io.gigafab.events.unit.TrackOutResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One execution of an operation on a unit: opened by its track-in, closed by its track-out. */
@Entity
@Table(name = "operation_run")
public class OperationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operation_run_seq")
    @SequenceGenerator(
            name = "operation_run_seq",
            sequenceName = "operation_run_seq",
            allocationSize = 50)
    public Long id;

    @Column(name = "unit_id")
    public String unitId;

    public String operation;

    @Column(name = "route_seq")
    public int routeSeq;

    @Column(name = "equipment_id")
    public String equipmentId;

    @Column(name = "line_id")
    public String lineId;

    @Column(name = "recipe_id")
    public String recipeId;

    @Column(name = "recipe_version")
    public Integer recipeVersion;

    public String operator;

    @Column(name = "tracked_in_at")
    public Instant trackedInAt;

    @Column(name = "tracked_out_at")
    public Instant trackedOutAt;

    @Enumerated(EnumType.STRING)
    public TrackOutResult result;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "defect_codes")
    public List<String> defectCodes = List.of();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "key_values")
    public Map<String, Double> keyValues = Map.of();

    public String shift;
}
