package io.gigafab.mes.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A cell's own facts: where it sat in formation and its measured performance and grade. */
@Entity
@Table(name = "cell")
public class Cell {

    @Id
    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "tray_id")
    public String trayId;

    public Integer channel;

    @Column(name = "capacity_ah")
    public BigDecimal capacityAh;

    @Column(name = "dcir_mohm")
    public BigDecimal dcirMOhm;

    @Column(name = "k_value_mv_per_day")
    public BigDecimal kValueMvPerDay;

    @Column(name = "ocv_v")
    public BigDecimal ocvV;

    public String grade;

    @Column(name = "grade_table_version")
    public Integer gradeTableVersion;

    @Column(name = "graded_at")
    public Instant gradedAt;
}
