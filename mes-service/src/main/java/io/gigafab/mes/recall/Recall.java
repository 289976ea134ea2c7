package io.gigafab.mes.recall;

import io.gigafab.mes.api.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recall scoping: from a suspect material lot, roll interval, machine and time window, or recipe
 * version to every cell, module and pack made from it — one recursive query over the assembly links
 * and roll-metre intervals.
 */
@ApplicationScoped
public class Recall {

    /** The units in scope, counted by kind, with their ids up to a limit. */
    public record Scope(
            String criterion,
            Map<String, Long> counts,
            List<String> cells,
            List<String> modules,
            List<String> packs,
            boolean truncated) {}

    /**
     * What a unit {@code g.id} went into: consumption and assembly links, and the units made of its
     * metres (a roll's interval rows). Evaluated per unit (LATERAL), so every step is an index
     * lookup; as a join over whole tables the planner chose hash joins that read both tables in
     * full on every step of the recursion (seconds on a history of millions of cells).
     */
    private static final String BOTH_EDGES =
            "select output_id from unit_link where input_id = g.id"
                    + " union all select unit_id from unit_roll_interval where roll_id = g.id";

    private static final String LINKS = "select output_id from unit_link where input_id = g.id";

    private final EntityManager entityManager;

    public Recall(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Everything made from a material lot. */
    public Scope ofMaterialLot(String lotId, int limit) {
        require("select 1 from material_lot where unit_id = ?1", lotId, "No material lot " + lotId);
        return scope("material lot " + lotId, "select cast(?1 as text)", BOTH_EDGES, limit, lotId);
    }

    /** The cells containing metres of a roll interval, and their modules and packs. */
    public Scope ofRollInterval(String rollId, BigDecimal fromM, BigDecimal toM, int limit) {
        require("select 1 from roll where unit_id = ?1", rollId, "No roll " + rollId);
        if (fromM == null || toM == null || toM.compareTo(fromM) <= 0) {
            throw new IllegalArgumentException("fromM and toM are required, fromM < toM");
        }
        return scope(
                "roll " + rollId + " metres " + fromM + "–" + toM,
                "select unit_id from unit_roll_interval where roll_id = ?1 and start_m < ?3"
                        + " and end_m > ?2",
                LINKS,
                limit,
                rollId,
                fromM,
                toM);
    }

    /** Everything a machine processed in [from, to), and what was made from it. */
    public Scope ofEquipment(String equipmentId, Instant from, Instant to, int limit) {
        require(
                "select 1 from equipment where id = ?1",
                equipmentId,
                "No equipment " + equipmentId);
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("from and to are required, from before to");
        }
        return scope(
                "equipment " + equipmentId + " " + from + "–" + to,
                "select unit_id from operation_run where equipment_id = ?1"
                        + " and tracked_in_at >= ?2 and tracked_in_at < ?3",
                BOTH_EDGES,
                limit,
                equipmentId,
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /** Everything processed under a recipe version, and what was made from it. */
    public Scope ofRecipeVersion(String recipeId, int version, int limit) {
        return scope(
                "recipe " + recipeId + " v" + version,
                "select unit_id from operation_run where recipe_id = ?1 and recipe_version = ?2",
                BOTH_EDGES,
                limit,
                recipeId,
                version);
    }

    private Scope scope(String criterion, String seeds, String edges, int limit, Object... params) {
        String sql =
                "with recursive g(id) as ("
                        + seeds
                        + " union select e.id from g cross join lateral ("
                        + edges
                        + ") e(id)), scoped as materialized (select u.kind, u.id"
                        + " from g join unit u on u.id = g.id where u.kind in ('CELL', 'MODULE',"
                        + " 'PACK')) select s.kind, count(*), (select array_agg(x.id order by x.id)"
                        + " from (select id from scoped t where t.kind = s.kind order by id limit "
                        + limit
                        + ") x)"
                        + " from scoped s group by s.kind";
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Long> counts = new TreeMap<>(Map.of("CELL", 0L, "MODULE", 0L, "PACK", 0L));
        Map<String, List<String>> ids = new TreeMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
            ids.put((String) row[0], List.of((String[]) row[2]));
        }
        boolean truncated = counts.values().stream().anyMatch(c -> c > limit);
        return new Scope(
                criterion,
                counts,
                ids.getOrDefault("CELL", List.of()),
                ids.getOrDefault("MODULE", List.of()),
                ids.getOrDefault("PACK", List.of()),
                truncated);
    }

    private void require(String sql, String id, String message) {
        if (entityManager.createNativeQuery(sql).setParameter(1, id).getResultList().isEmpty()) {
            throw new NotFoundProblem(message);
        }
    }
}
