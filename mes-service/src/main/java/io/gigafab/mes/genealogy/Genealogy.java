package io.gigafab.mes.genealogy;

import static io.gigafab.mes.api.SqlValues.instant;

import io.gigafab.mes.api.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Backward genealogy (what a unit is made of: cells → roll metres → mother rolls → material lots)
 * and forward genealogy (what was made from it), each one recursive query over assembly links and
 * roll-metre intervals.
 */
@ApplicationScoped
public class Genealogy {

    private static final String EDGES =
            "select input_id, output_id from unit_link"
                    + " union all select roll_id, unit_id from unit_roll_interval";

    private static final String BACKWARD =
            "with recursive g(id) as (select cast(?1 as text) union select e.input_id from g"
                    + " join ("
                    + EDGES
                    + ") e on e.output_id = g.id) select id from g";

    private static final String FORWARD =
            "with recursive g(id) as (select cast(?1 as text) union select e.output_id from g"
                    + " join ("
                    + EDGES
                    + ") e on e.input_id = g.id) select id from g";

    private final EntityManager entityManager;

    public Genealogy(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public GenealogyView of(String unitId, GenealogyView.Direction direction) {
        if (entityManager
                .createNativeQuery("select 1 from unit where id = ?1")
                .setParameter(1, unitId)
                .getResultList()
                .isEmpty()) {
            throw new NotFoundProblem("No lot, roll, cell, module or pack with id " + unitId);
        }
        String[] ids =
                ids(direction == GenealogyView.Direction.BACKWARD ? BACKWARD : FORWARD, unitId);
        return new GenealogyView(
                unitId,
                direction,
                nodes(ids),
                links(ids),
                intervals(ids),
                lots(ids),
                operations(ids));
    }

    private String[] ids(String sql, String unitId) {
        @SuppressWarnings("unchecked")
        List<String> ids =
                entityManager.createNativeQuery(sql).setParameter(1, unitId).getResultList();
        return ids.toArray(String[]::new);
    }

    private List<Object[]> rows(String sql, String[] ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager.createNativeQuery(sql).setParameter(1, ids).getResultList();
        return rows;
    }

    private List<GenealogyView.Node> nodes(String[] ids) {
        return rows(
                        "select u.id, u.kind, u.status, u.product_id, u.line_id, c.grade from unit"
                            + " u left join cell c on c.unit_id = u.id where u.id = any(?1) order"
                            + " by u.id",
                        ids)
                .stream()
                .map(
                        r ->
                                new GenealogyView.Node(
                                        str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                                        str(r[5])))
                .toList();
    }

    private List<GenealogyView.Link> links(String[] ids) {
        return rows(
                        "select input_id, output_id, relation, quantity from unit_link"
                                + " where input_id = any(?1) and output_id = any(?1)"
                                + " order by output_id, input_id",
                        ids)
                .stream()
                .map(
                        r ->
                                new GenealogyView.Link(
                                        str(r[0]), str(r[1]), str(r[2]), (BigDecimal) r[3]))
                .toList();
    }

    private List<GenealogyView.Interval> intervals(String[] ids) {
        return rows(
                        "select unit_id, roll_id, start_m, end_m, via_roll_id from"
                            + " unit_roll_interval where unit_id = any(?1) and roll_id = any(?1)"
                            + " order by unit_id, roll_id, start_m",
                        ids)
                .stream()
                .map(
                        r ->
                                new GenealogyView.Interval(
                                        str(r[0]),
                                        str(r[1]),
                                        (BigDecimal) r[2],
                                        (BigDecimal) r[3],
                                        str(r[4])))
                .toList();
    }

    private List<GenealogyView.Lot> lots(String[] ids) {
        return rows(
                        "select unit_id, material_id, supplier, supplier_lot, country_of_origin,"
                            + " compliance_status, carbon_footprint_kg_per_kg, recycled_content_pct"
                            + " from material_lot where unit_id = any(?1) order by unit_id",
                        ids)
                .stream()
                .map(
                        r ->
                                new GenealogyView.Lot(
                                        str(r[0]),
                                        str(r[1]),
                                        str(r[2]),
                                        str(r[3]),
                                        str(r[4]),
                                        str(r[5]),
                                        (BigDecimal) r[6],
                                        (BigDecimal) r[7]))
                .toList();
    }

    private List<GenealogyView.Operation> operations(String[] ids) {
        return rows(
                        "select id, unit_id, operation, equipment_id, recipe_id, recipe_version,"
                                + " operator, tracked_in_at, tracked_out_at, result, defect_codes"
                                + " from operation_run where unit_id = any(?1)"
                                + " order by tracked_in_at, id",
                        ids)
                .stream()
                .map(
                        r ->
                                new GenealogyView.Operation(
                                        ((Number) r[0]).longValue(),
                                        str(r[1]),
                                        str(r[2]),
                                        str(r[3]),
                                        str(r[4]),
                                        r[5] == null ? null : ((Number) r[5]).intValue(),
                                        str(r[6]),
                                        instant(r[7]),
                                        instant(r[8]),
                                        str(r[9]),
                                        codes(r[10])))
                .toList();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> codes(Object value) {
        if (value instanceof String[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof java.sql.Array array) {
            try {
                return Arrays.asList((String[]) array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }
}
