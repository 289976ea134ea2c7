package io.gigafab.mes.quality;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the defect catalogue operators pick from at track-out. */
@Entity
@Table(name = "defect_code")
public class DefectCode {

    public enum Severity {
        MINOR,
        MAJOR,
        CRITICAL
    }

    @Id public String code;
    public String description;
    public String operation;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Severity severity;
}
