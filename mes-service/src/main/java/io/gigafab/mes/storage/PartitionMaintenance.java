package io.gigafab.mes.storage;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Keeps monthly partitions ahead of time for every range-partitioned table (only when TimescaleDB
 * is absent; hypertables make their own chunks), so new rows never land in a default partition.
 */
@ApplicationScoped
public class PartitionMaintenance {

    private static final Logger LOG = Logger.getLogger(PartitionMaintenance.class);

    /** How far ahead partitions exist. */
    static final int MONTHS_AHEAD = 3;

    private final EntityManager entityManager;

    public PartitionMaintenance(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Scheduled(
            every = "12h",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        ensureAhead(MONTHS_AHEAD);
    }

    /** Creates missing monthly partitions up to {@code months} ahead; returns how many. */
    @Transactional
    public int ensureAhead(int months) {
        @SuppressWarnings("unchecked")
        List<String> tables =
                entityManager
                        .createNativeQuery(
                                "select c.relname from pg_partitioned_table p join pg_class c on"
                                        + " c.oid = p.partrelid join pg_namespace n on n.oid ="
                                        + " c.relnamespace where n.nspname = current_schema() and"
                                        + " p.partstrat = 'r'")
                        .getResultList();
        int created = 0;
        LocalDate today = LocalDate.now();
        for (String table : tables) {
            Number count =
                    (Number)
                            entityManager
                                    .createNativeQuery(
                                            "select gigafab_ensure_month_partitions(?1, ?2, ?3)")
                                    .setParameter(1, table)
                                    .setParameter(2, today)
                                    .setParameter(3, today.plusMonths(months))
                                    .getSingleResult();
            created += count.intValue();
        }
        if (created > 0) {
            LOG.infof("Created %d monthly partitions ahead", created);
        }
        return created;
    }
}
