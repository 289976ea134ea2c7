package io.gigafab.mes.oem;

import static io.gigafab.mes.api.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;

/** The holds and the capability figures behind an audit package's units. */
@ApplicationScoped
class PackageContents {

    private final EntityManager entityManager;

    PackageContents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<AuditPackage.HoldRecord> holds(String[] unitIds) {
        return rows(
                        "select h.id, h.scope, h.target_id, h.reason, h.ncr_id, n.title, h.status,"
                            + " h.disposition, h.placed_by, h.placed_at, h.released_by,"
                            + " h.released_at, array_agg(hu.unit_id order by hu.unit_id) from hold"
                            + " h join hold_unit hu on hu.hold_id = h.id and hu.unit_id = any(?1)"
                            + " left join nonconformance n on n.id = h.ncr_id group by h.id,"
                            + " n.title order by h.placed_at, h.id",
                        unitIds)
                .stream()
                .map(
                        r ->
                                new AuditPackage.HoldRecord(
                                        (String) r[0],
                                        (String) r[1],
                                        (String) r[2],
                                        (String) r[3],
                                        (String) r[4],
                                        (String) r[5],
                                        (String) r[6],
                                        (String) r[7],
                                        (String) r[8],
                                        instant(r[9]),
                                        (String) r[10],
                                        instant(r[11]),
                                        Arrays.asList((String[]) r[12])))
                .toList();
    }

    /** Capability of capacity and DCIR against the grade-A bin of the cells' grade table. */
    List<AuditPackage.CapabilitySummary> capability(String[] unitIds) {
        return rows(
                        "with cells as (select c.*, u.product_id from cell c join unit u on u.id ="
                            + " c.unit_id where c.unit_id = any(?1)), a as (select g.product_id, b"
                            + " -> 'criteria' criteria from grade_table g,"
                            + " jsonb_array_elements(g.bins) b where g.status = 'ACTIVE' and b ->>"
                            + " 'grade' = 'A'), v as (select 'capacity_ah' k, c.capacity_ah x,  "
                            + " (a.criteria -> 'capacity' ->> 'lower')::float8 lo,   (a.criteria ->"
                            + " 'capacity' ->> 'upper')::float8 hi   from cells c left join a on"
                            + " a.product_id = c.product_id   where c.capacity_ah is not null union"
                            + " all select 'dcir_mohm', c.dcir_mohm,   (a.criteria -> 'dcir' ->>"
                            + " 'lower')::float8,   (a.criteria -> 'dcir' ->> 'upper')::float8  "
                            + " from cells c left join a on a.product_id = c.product_id   where"
                            + " c.dcir_mohm is not null) select k, count(*), avg(x)::float8,"
                            + " coalesce(stddev_samp(x), 0)::float8, min(lo), max(hi) from v group"
                            + " by k order by k",
                        unitIds)
                .stream()
                .map(PackageContents::summary)
                .toList();
    }

    private static AuditPackage.CapabilitySummary summary(Object[] r) {
        double mean = ((Number) r[2]).doubleValue();
        double sd = ((Number) r[3]).doubleValue();
        Double lo = r[4] == null ? null : ((Number) r[4]).doubleValue();
        Double hi = r[5] == null ? null : ((Number) r[5]).doubleValue();
        Double cpk = null;
        if (sd > 0 && (lo != null || hi != null)) {
            double lower = lo == null ? Double.MAX_VALUE : (mean - lo) / (3 * sd);
            double upper = hi == null ? Double.MAX_VALUE : (hi - mean) / (3 * sd);
            cpk = Math.round(Math.min(lower, upper) * 1000) / 1000.0;
        }
        return new AuditPackage.CapabilitySummary(
                (String) r[0], ((Number) r[1]).longValue(), mean, sd, lo, hi, cpk);
    }

    private List<Object[]> rows(String sql, String[] ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager.createNativeQuery(sql).setParameter(1, ids).getResultList();
        return rows;
    }
}
