package io.gigafab.mes.passport;

import static io.gigafab.mes.api.SqlValues.instant;

import io.gigafab.mes.api.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;

/** Reads a battery's facts: its cells, their mother-roll metres and those rolls' material lots. */
@ApplicationScoped
class PassportFactsLoader {

    private static final String CELLS =
            "with recursive g(id) as (select cast(?1 as text) union select l.input_id from g"
                    + " join unit_link l on l.output_id = g.id)"
                    + " select c.unit_id, c.capacity_ah, c.dcir_mohm, c.grade from g"
                    + " join cell c on c.unit_id = g.id order by c.unit_id";

    private static final String ROLL_SHARES =
            "select i.unit_id, i.roll_id, i.end_m - i.start_m, r.length_m, greatest(1, (select"
                    + " count(*) from roll d where d.parent_roll_id = r.unit_id))"
                    + " from unit_roll_interval i join roll r on r.unit_id = i.roll_id"
                    + " where r.parent_roll_id is null and i.unit_id = any(?1)";

    private static final String LOTS =
            "select l.output_id, l.input_id, l.quantity, m.material_id, d.name, d.kind,"
                    + " d.critical_raw_material, m.supplier, m.country_of_origin,"
                    + " m.carbon_footprint_kg_per_kg, m.recycled_content_pct, m.compliance_status"
                    + " from unit_link l join material_lot m on m.unit_id = l.input_id"
                    + " join material_definition d on d.id = m.material_id"
                    + " where l.output_id = any(?1) order by l.output_id, l.input_id";

    private static final String BATTERY =
            "select u.id, u.kind, u.product_id, u.created_at, s.name, s.country, s.address,"
                    + " p.chemistry, p.format, p.nominal_capacity_ah, p.nominal_voltage_v,"
                    + " p.mass_kg, p.battery_category, p.expected_cycle_life from unit u"
                    + " join product p on p.id = u.product_id"
                    + " join line l on l.id = u.line_id join area a on a.id = l.area_id"
                    + " join site s on s.id = a.site_id where u.id = ?1";

    private final EntityManager entityManager;

    PassportFactsLoader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    PassportFacts load(String batteryId) {
        List<Object[]> battery = rows(BATTERY, batteryId);
        if (battery.isEmpty()) {
            throw new NotFoundProblem("No module or pack with id " + batteryId);
        }
        Object[] b = battery.get(0);
        if (!"PACK".equals(b[1]) && !"MODULE".equals(b[1])) {
            throw new IllegalArgumentException(
                    batteryId + " is a " + b[1] + ": passports are issued for modules and packs");
        }
        List<PassportFacts.CellResult> cells =
                rows(CELLS, batteryId).stream()
                        .map(
                                r ->
                                        new PassportFacts.CellResult(
                                                (String) r[0],
                                                (BigDecimal) r[1],
                                                (BigDecimal) r[2],
                                                (String) r[3]))
                        .toList();
        String[] cellIds =
                cells.stream().map(PassportFacts.CellResult::cellId).toArray(String[]::new);
        List<PassportFacts.RollShare> shares =
                rows(ROLL_SHARES, cellIds).stream()
                        .map(
                                r ->
                                        new PassportFacts.RollShare(
                                                (String) r[0],
                                                (String) r[1],
                                                number(r[2]),
                                                number(r[3]),
                                                ((Number) r[4]).intValue()))
                        .toList();
        String[] rollIds =
                shares.stream()
                        .map(PassportFacts.RollShare::rollId)
                        .distinct()
                        .toArray(String[]::new);
        List<PassportFacts.LotUse> lots =
                rows(LOTS, rollIds).stream()
                        .map(
                                r ->
                                        new PassportFacts.LotUse(
                                                (String) r[0],
                                                (String) r[1],
                                                number(r[2]),
                                                (String) r[3],
                                                (String) r[4],
                                                (String) r[5],
                                                (Boolean) r[6],
                                                (String) r[7],
                                                (String) r[8],
                                                nullable(r[9]),
                                                nullable(r[10]),
                                                (String) r[11]))
                        .toList();
        return new PassportFacts(
                new PassportFacts.Battery(
                        (String) b[0],
                        (String) b[1],
                        (String) b[2],
                        instant(b[3]),
                        (String) b[4],
                        (String) b[5],
                        (String) b[6],
                        (String) b[7],
                        (String) b[8],
                        (BigDecimal) b[9],
                        (BigDecimal) b[10],
                        (BigDecimal) b[11],
                        (String) b[12],
                        b[13] == null ? null : ((Number) b[13]).intValue()),
                cells,
                shares,
                lots);
    }

    private List<Object[]> rows(String sql, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static Double nullable(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
