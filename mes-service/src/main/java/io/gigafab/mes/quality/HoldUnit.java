package io.gigafab.mes.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One unit held by one hold (a roll-interval hold lists every cell containing its metres). */
@Entity
@Table(name = "hold_unit")
@IdClass(HoldUnit.Key.class)
public class HoldUnit {

    public static class Key implements Serializable {
        public String holdId;
        public String unitId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(holdId, key.holdId)
                    && java.util.Objects.equals(unitId, key.unitId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(holdId, unitId);
        }
    }

    @Id
    @Column(name = "hold_id")
    public String holdId;

    @Id
    @Column(name = "unit_id")
    public String unitId;
}
