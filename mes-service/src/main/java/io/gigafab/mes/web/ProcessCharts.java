package io.gigafab.mes.web;

import static io.gigafab.mes.api.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Chart data written by the yield-analytics job (tables analytics_spc_point and
 * analytics_measurement): SPC points with limits and Western Electric rule violations, and process
 * values along a roll's metre axis. Before the analytics migration has created the tables, both
 * answer with no points.
 */
@ApplicationScoped
public class ProcessCharts {

    /** One SPC point. */
    public record SpcPoint(
            Instant at, double value, Double centre, Double ucl, Double lcl, String rule) {}

    /** One process value at a roll position. */
    public record RollPoint(double positionM, String tag, double value, String unit) {}

    public record SpcChart(List<SpcPoint> points) {}

    /** A chart with points in a time range: machine, tag, how many points and rule violations. */
    public record SpcSeries(String equipmentId, String tag, long points, long violations) {}

    public record RollValues(List<RollPoint> points) {}

    private static final String[] RULES = {
        null,
        "Rule 1: beyond 3σ",
        "Rule 2: 2 of 3 beyond 2σ",
        "Rule 3: 4 of 5 beyond 1σ",
        "Rule 4: 8 in a row on one side"
    };

    /** At most this many points per chart (the newest). */
    static final int MAX_POINTS = 5000;

    private final EntityManager entityManager;

    public ProcessCharts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public SpcChart spc(String equipmentId, String tag, Instant from, Instant to) {
        if (!written("analytics_spc_point")) {
            return new SpcChart(List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select * from (select sampled_at, value, centre, ucl, lcl,"
                                    + " rule_violated from analytics_spc_point where equipment_id ="
                                    + " ?1 and tag = ?2 and sampled_at >= ?3 and sampled_at < ?4"
                                    + " order by sampled_at desc limit "
                                        + MAX_POINTS
                                        + ") p"
                                        + " order by sampled_at")
                        .setParameter(1, equipmentId)
                        .setParameter(2, tag)
                        .setParameter(3, Timestamp.from(from))
                        .setParameter(4, Timestamp.from(to))
                        .getResultList();
        return new SpcChart(
                rows.stream()
                        .map(
                                r ->
                                        new SpcPoint(
                                                instant(r[0]),
                                                ((Number) r[1]).doubleValue(),
                                                number(r[2]),
                                                number(r[3]),
                                                number(r[4]),
                                                r[5] == null
                                                        ? null
                                                        : RULES[((Number) r[5]).intValue()]))
                        .toList());
    }

    /** The charts with points in [from, to): those with the most rule violations first. */
    public List<SpcSeries> spcSeries(Instant from, Instant to) {
        if (!written("analytics_spc_point")) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select equipment_id, tag, count(*), count(rule_violated) from"
                                        + " analytics_spc_point where sampled_at >= ?1 and"
                                        + " sampled_at < ?2 group by equipment_id, tag order by 4"
                                        + " desc, 1, 2 limit 500")
                        .setParameter(1, Timestamp.from(from))
                        .setParameter(2, Timestamp.from(to))
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new SpcSeries(
                                        (String) r[0],
                                        (String) r[1],
                                        ((Number) r[2]).longValue(),
                                        ((Number) r[3]).longValue()))
                .toList();
    }

    public RollValues rollValues(String rollId) {
        if (!written("analytics_measurement")) {
            return new RollValues(List.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select position_m, tag, value, unit from analytics_measurement"
                                        + " where roll_id = ?1 and position_m is not null"
                                        + " order by position_m, tag limit "
                                        + MAX_POINTS)
                        .setParameter(1, rollId)
                        .getResultList();
        return new RollValues(
                rows.stream()
                        .map(
                                r ->
                                        new RollPoint(
                                                ((Number) r[0]).doubleValue(),
                                                (String) r[1],
                                                ((Number) r[2]).doubleValue(),
                                                (String) r[3]))
                        .toList());
    }

    /**
     * Whether the analytics job's table exists yet (its migration may not be applied): until then
     * there is simply no data, not an error.
     */
    private boolean written(String table) {
        Object exists =
                entityManager
                        .createNativeQuery("select to_regclass(cast(?1 as text)) is not null")
                        .setParameter(1, table)
                        .getSingleResult();
        return Boolean.TRUE.equals(exists);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
