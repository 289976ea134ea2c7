package io.gigafab.mes.scorecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;

/**
 * The plant's own evidence about its suppliers, machines and recipe versions: for each, the cells
 * it touched, their first-pass yield, grade distribution and defect rate, compared with all the
 * others of the same kind (two-proportion z-test on the defect rate).
 */
@ApplicationScoped
public class Scorecards {

    /** What a scorecard groups cells by. */
    public enum Dimension {
        /**
         * Suppliers of one material (the cells containing metres of rolls made from their lots).
         */
        SUPPLIER,
        /** Machines (the cells processed there). */
        EQUIPMENT,
        /** Recipe versions (the cells processed under them). */
        RECIPE
    }

    /** One group's record and how it compares with the rest. */
    public record Row(
            String group,
            long cells,
            long firstPass,
            double firstPassYield,
            Map<String, Long> grades,
            long defective,
            double defectRate,
            double othersDefectRate,
            double zScore,
            double pValue) {}

    private static final String CELL_STATS =
            " select g.grp, count(*), count(*) filter (where not exists (select 1 from"
                + " operation_run r   where r.unit_id = g.cell and r.result in ('FAIL',"
                + " 'REWORK'))), count(*) filter (where u.status = 'SCRAPPED' or c.grade ="
                + " 'REJECT'), count(*) filter (where c.grade = 'A'), count(*) filter (where"
                + " c.grade = 'B'), count(*) filter (where c.grade = 'C'), count(*) filter (where"
                + " c.grade is null or c.grade not in ('A', 'B', 'C')) from grouped g join unit u"
                + " on u.id = g.cell join cell c on c.unit_id = g.cell group by g.grp order by"
                + " g.grp";

    private final EntityManager entityManager;

    public Scorecards(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Suppliers of a material, through lots → mother rolls → cells containing their metres. */
    public List<Row> suppliers(String materialId) {
        return rows(
                "with grouped as (select distinct m.supplier grp, i.unit_id cell"
                        + " from material_lot m join unit_link l on l.input_id = m.unit_id"
                        + " join unit_roll_interval i on i.roll_id = l.output_id"
                        + " join unit cu on cu.id = i.unit_id and cu.kind = 'CELL'"
                        + " where m.material_id = ?1)"
                        + CELL_STATS,
                materialId);
    }

    /** Machines of a class (e.g. FORMATION racks), through the cells processed there. */
    public List<Row> equipment(String equipmentClass) {
        return rows(
                "with grouped as (select distinct r.equipment_id grp, r.unit_id cell"
                        + " from operation_run r join equipment e on e.id = r.equipment_id"
                        + " join unit cu on cu.id = r.unit_id and cu.kind = 'CELL'"
                        + " where e.equipment_class = ?1)"
                        + CELL_STATS,
                equipmentClass);
    }

    /** Versions of a recipe, through the cells processed under them. */
    public List<Row> recipeVersions(String recipeId) {
        return rows(
                "with grouped as (select distinct r.recipe_id || ' v' || r.recipe_version grp,"
                        + " r.unit_id cell from operation_run r"
                        + " join unit cu on cu.id = r.unit_id and cu.kind = 'CELL'"
                        + " where r.recipe_id = ?1)"
                        + CELL_STATS,
                recipeId);
    }

    private List<Row> rows(String sql, String parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> raw =
                entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        long allCells = raw.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
        long allDefective = raw.stream().mapToLong(r -> ((Number) r[3]).longValue()).sum();
        return raw.stream().map(r -> row(r, allCells, allDefective)).toList();
    }

    private static Row row(Object[] r, long allCells, long allDefective) {
        long cells = ((Number) r[1]).longValue();
        long firstPass = ((Number) r[2]).longValue();
        long defective = ((Number) r[3]).longValue();
        Map<String, Long> grades =
                Map.of(
                        "A",
                        ((Number) r[4]).longValue(),
                        "B",
                        ((Number) r[5]).longValue(),
                        "C",
                        ((Number) r[6]).longValue(),
                        "other",
                        ((Number) r[7]).longValue());
        long otherCells = allCells - cells;
        long otherDefective = allDefective - defective;
        ProportionTest test = ProportionTest.of(defective, cells, otherDefective, otherCells);
        return new Row(
                (String) r[0],
                cells,
                firstPass,
                ratio(firstPass, cells),
                grades,
                defective,
                ratio(defective, cells),
                ratio(otherDefective, otherCells),
                test.z(),
                test.pValue());
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
