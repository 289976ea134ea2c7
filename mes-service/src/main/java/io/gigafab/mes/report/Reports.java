package io.gigafab.mes.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** First-pass yield and work in progress, the figures an engineer opens first. */
@ApplicationScoped
public class Reports {

    /** The dimensions FPY can be grouped by, and their columns. */
    public enum YieldDimension {
        OPERATION("operation"),
        LINE("line_id"),
        EQUIPMENT("equipment_id"),
        RECIPE("recipe_id || ' v' || recipe_version"),
        SHIFT("shift");

        final String column;

        YieldDimension(String column) {
            this.column = column;
        }
    }

    /** FPY of one group: units that passed at their first attempt / units tracked out. */
    public record YieldRow(
            Map<String, String> group,
            long units,
            long passedFirstTime,
            long failed,
            long reworked,
            double firstPassYield) {}

    /** Units waiting for or in an operation. */
    public record WipRow(String nextOperation, String kind, String status, long units) {}

    private final EntityManager entityManager;

    public Reports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<YieldRow> firstPassYield(Instant from, Instant to, List<YieldDimension> groupBy) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("from and to are required, with from before to");
        }
        List<YieldDimension> dims = groupBy.isEmpty() ? List.of(YieldDimension.OPERATION) : groupBy;
        String columns =
                dims.stream()
                        .map(d -> "cast(" + d.column + " as text)")
                        .collect(Collectors.joining(", "));
        String sql =
                "with firsts as (select distinct on (unit_id, operation) * from operation_run"
                        + " where tracked_out_at >= ?1 and tracked_out_at < ?2"
                        + " order by unit_id, operation, tracked_in_at)"
                        + " select "
                        + columns
                        + ", count(*),"
                        + " count(*) filter (where result = 'PASS'),"
                        + " count(*) filter (where result = 'FAIL'),"
                        + " count(*) filter (where result = 'REWORK')"
                        + " from firsts group by "
                        + columns
                        + " order by "
                        + columns;
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(sql)
                        .setParameter(1, java.sql.Timestamp.from(from))
                        .setParameter(2, java.sql.Timestamp.from(to))
                        .getResultList();
        return rows.stream().map(r -> yieldRow(r, dims)).toList();
    }

    private static YieldRow yieldRow(Object[] r, List<YieldDimension> dims) {
        Map<String, String> group = new java.util.LinkedHashMap<>();
        for (int i = 0; i < dims.size(); i++) {
            group.put(dims.get(i).name().toLowerCase(java.util.Locale.ROOT), (String) r[i]);
        }
        long[] counts =
                Arrays.stream(r, dims.size(), r.length)
                        .mapToLong(v -> ((Number) v).longValue())
                        .toArray();
        double fpy = counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
        return new YieldRow(group, counts[0], counts[1], counts[2], counts[3], fpy);
    }

    public List<WipRow> workInProgress(String lineId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select coalesce(s.operation, 'DONE'), u.kind, u.status, count(*)"
                                        + " from unit u left join lateral (select operation"
                                        + " from route_step r where r.route_id = u.route_id"
                                        + " and r.unit_kind = u.kind and r.seq > u.completed_seq"
                                        + " order by r.seq limit 1) s on true"
                                        + " where u.line_id = ?1"
                                        + " and u.status in ('ACTIVE', 'IN_PROCESS')"
                                        + " group by 1, 2, 3 order by 1, 2, 3")
                        .setParameter(1, lineId)
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new WipRow(
                                        (String) r[0],
                                        (String) r[1],
                                        (String) r[2],
                                        ((Number) r[3]).longValue()))
                .toList();
    }
}
