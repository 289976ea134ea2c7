package io.gigafab.mes.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * An electrode roll: a coordinate space in metres. A daughter roll from slitting maps metres
 * [parentStartM, parentEndM] of one lane of its mother roll.
 */
@Entity
@Table(name = "roll")
public class Roll {

    public enum Polarity {
        CATHODE,
        ANODE
    }

    @Id
    @Column(name = "unit_id")
    public String unitId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Polarity polarity;

    @Column(name = "length_m")
    public BigDecimal lengthM;

    @Column(name = "parent_roll_id")
    public String parentRollId;

    @Column(name = "parent_start_m")
    public BigDecimal parentStartM;

    @Column(name = "parent_end_m")
    public BigDecimal parentEndM;

    public Integer lane;
}
