package io.gigafab.mes.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;

/**
 * Writes the units a hold holds (set-based, in SQL): the target and everything made from it. A
 * roll-interval hold takes exactly the cells and daughter rolls containing metres of the interval,
 * then the modules and packs assembled from those cells.
 */
@ApplicationScoped
class AffectedUnits {

    /** Everything made from the seed units: assembly links, and rolls' metres when asked. */
    private static final String DOWNSTREAM =
            """
            with recursive down(id) as (
                %s
                union
                select e.output_id from down d join (
                    select input_id, output_id from unit_link
                    %s
                ) e on e.input_id = d.id
            )
            insert into hold_unit (hold_id, unit_id)
            select ?1, d.id from down d join unit u on u.id = d.id
            where u.status <> 'SCRAPPED'
            on conflict do nothing
            """;

    private static final String THROUGH_ROLL_METRES =
            "union all select roll_id, unit_id from unit_roll_interval";

    private final EntityManager entityManager;

    AffectedUnits(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Holds a unit and everything made from it; returns how many units are now held. */
    int holdDownstreamOf(String holdId, String unitId) {
        String sql = DOWNSTREAM.formatted("select cast(?2 as text)", THROUGH_ROLL_METRES);
        return entityManager
                .createNativeQuery(sql)
                .setParameter(1, holdId)
                .setParameter(2, unitId)
                .executeUpdate();
    }

    /** Holds the units containing metres [startM, endM] of a roll, and their assemblies. */
    int holdRollInterval(String holdId, String rollId, BigDecimal startM, BigDecimal endM) {
        String seed =
                "select unit_id from unit_roll_interval where roll_id = ?2"
                        + " and start_m < ?4 and end_m > ?3";
        return entityManager
                .createNativeQuery(DOWNSTREAM.formatted(seed, ""))
                .setParameter(1, holdId)
                .setParameter(2, rollId)
                .setParameter(3, startM)
                .setParameter(4, endM)
                .executeUpdate();
    }

    /**
     * Puts a unit that was just made from roll metres under every active hold on those metres: a
     * cell cut from a held interval is held from the moment it exists.
     */
    int holdIfMadeFromHeldMetres(String unitId) {
        return entityManager
                .createNativeQuery(
                        """
                        insert into hold_unit (hold_id, unit_id)
                        select distinct h.id, ?1 from unit_roll_interval i join hold h
                          on h.status = 'ACTIVE'
                         and ((h.scope = 'ROLL_INTERVAL' and h.target_id = i.roll_id
                               and h.start_m < i.end_m and h.end_m > i.start_m)
                              or (h.scope in ('LOT', 'ROLL') and exists (
                                  select 1 from hold_unit hu
                                  where hu.hold_id = h.id and hu.unit_id = i.roll_id)))
                        where i.unit_id = ?1
                        on conflict do nothing
                        """)
                .setParameter(1, unitId)
                .executeUpdate();
    }
}
