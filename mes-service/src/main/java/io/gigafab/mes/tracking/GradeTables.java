package io.gigafab.mes.tracking;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Versioned grade tables: bins of capacity, DCIR and K-value thresholds per product. */
@ApplicationScoped
public class GradeTables {

    /** The grade no bin accepts. */
    public static final String REJECT = "REJECT";

    /** A bin criterion: inclusive lower and upper bound. */
    public record Bound(Double lower, Double upper) {
        boolean holds(BigDecimal value) {
            if (value == null) {
                return false;
            }
            double v = value.doubleValue();
            return (lower == null || v >= lower) && (upper == null || v <= upper);
        }
    }

    /** One grade with its criteria by measure (capacity, dcir, k_value). */
    public record Bin(String grade, Map<String, Bound> criteria) {}

    /** One version of a product's grade table. */
    public record GradeTable(String productId, int version, List<Bin> bins) {

        public String grade(BigDecimal capacityAh, BigDecimal dcirMOhm, BigDecimal kValue) {
            Map<String, BigDecimal> measured = new java.util.HashMap<>();
            measured.put("capacity", capacityAh);
            measured.put("dcir", dcirMOhm);
            measured.put("k_value", kValue);
            return bins.stream()
                    .filter(
                            bin ->
                                    bin.criteria().entrySet().stream()
                                            .allMatch(
                                                    c ->
                                                            c.getValue()
                                                                    .holds(
                                                                            measured.get(
                                                                                    c.getKey()))))
                    .map(Bin::grade)
                    .findFirst()
                    .orElse(REJECT);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager entityManager;

    public GradeTables(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public GradeTable active(String productId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select version, cast(bins as text) from grade_table"
                                        + " where product_id = ?1 and status = 'ACTIVE'"
                                        + " order by version desc limit 1")
                        .setParameter(1, productId)
                        .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException(
                    "Product " + productId + " has no ACTIVE grade table: cells cannot be graded");
        }
        try {
            List<Bin> bins = JSON.readValue((String) rows.get(0)[1], new TypeReference<>() {});
            return new GradeTable(productId, ((Number) rows.get(0)[0]).intValue(), bins);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Grade table of " + productId + " is not readable", e);
        }
    }
}
