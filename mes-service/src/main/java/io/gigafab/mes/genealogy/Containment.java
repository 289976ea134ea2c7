package io.gigafab.mes.genealogy;

import io.gigafab.mes.api.NotFoundProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;

/** "Which cells contain metres a–b of roll X?" — one range scan of the roll-metre index. */
@ApplicationScoped
public class Containment {

    /** The cells containing metres of a roll interval. */
    public record ContainedCells(
            String rollId,
            BigDecimal fromM,
            BigDecimal toM,
            int count,
            List<ContainedCell> cells) {}

    /** One cell and the metres of the roll it contains. */
    public record ContainedCell(
            String cellId, BigDecimal startM, BigDecimal endM, String status, String grade) {}

    private final EntityManager entityManager;

    public Containment(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ContainedCells cells(String rollId, BigDecimal fromM, BigDecimal toM) {
        if (fromM == null || toM == null || fromM.signum() < 0 || toM.compareTo(fromM) <= 0) {
            throw new IllegalArgumentException(
                    "fromM and toM are required, with 0 <= fromM < toM (metres of the roll)");
        }
        if (entityManager
                .createNativeQuery("select 1 from roll where unit_id = ?1")
                .setParameter(1, rollId)
                .getResultList()
                .isEmpty()) {
            throw new NotFoundProblem("No roll with id " + rollId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select i.unit_id, i.start_m, i.end_m, u.status, c.grade"
                                        + " from unit_roll_interval i"
                                        + " join cell c on c.unit_id = i.unit_id"
                                        + " join unit u on u.id = i.unit_id"
                                        + " where i.roll_id = ?1 and i.start_m < ?3"
                                        + " and i.end_m > ?2 order by i.start_m, i.unit_id")
                        .setParameter(1, rollId)
                        .setParameter(2, fromM)
                        .setParameter(3, toM)
                        .getResultList();
        List<ContainedCell> cells =
                rows.stream()
                        .map(
                                r ->
                                        new ContainedCell(
                                                (String) r[0],
                                                (BigDecimal) r[1],
                                                (BigDecimal) r[2],
                                                (String) r[3],
                                                (String) r[4]))
                        .toList();
        return new ContainedCells(rollId, fromM, toM, cells.size(), cells);
    }
}
