package io.gigafab.mes.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A non-conformance report (NCR): the quality record behind one or more holds. */
@Entity
@Table(name = "nonconformance")
public class Nonconformance {

    public enum Status {
        OPEN,
        CLOSED
    }

    @Id public String id;
    public String title;
    public String description;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version public int version;
}
