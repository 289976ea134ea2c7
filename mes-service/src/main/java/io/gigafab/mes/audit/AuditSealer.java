package io.gigafab.mes.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Appends committed, unsealed audit records to the hash chain, in one thread, so that writers of
 * audit records never wait for each other.
 *
 * <p>A record is <em>final</em> when its transaction id is below {@code
 * pg_snapshot_xmin(pg_current_snapshot())}: every transaction with a lower id has finished, so no
 * record of a lower transaction can still appear. Final records are sealed in {@code seq} order
 * within each run; the chain order is the order of {@code chain_pos} (1, 2, 3, … without gaps).
 * Each sealed record gets {@code prev_hash} (the hash at the previous position, {@link
 * AuditHash#GENESIS} for position 1) and {@code hash} as defined in {@link AuditHash}.
 *
 * <p>Each batch is one transaction holding the advisory lock {@link #LOCK_KEY}, so only one replica
 * seals at a time; a replica that does not get the lock skips the run. The append-only trigger
 * allows exactly this one update of an unsealed record.
 *
 * <p>It runs on its own thread {@value #THREAD_NAME} every {@code gigafab.audit.seal-interval}
 * (default 250 ms) with a fixed delay, so runs never overlap. (quarkus-scheduler's simple scheduler
 * checks its triggers once a second and cannot run a job every 250 ms.)
 */
@ApplicationScoped
public class AuditSealer {

    /** The PostgreSQL advisory lock (one bigint key) held while sealing. */
    static final long LOCK_KEY = 0x6761_6166_6162_01L;

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);
    private static final int BATCH_SIZE = 1000;

    private static final String HEAD =
            "select chain_pos, hash from audit_record where chain_pos is not null"
                    + " order by chain_pos desc limit 1";
    private static final String FINAL_UNSEALED =
            "select "
                    + AuditContent.COLUMNS
                    + " from audit_record where hash is null"
                    + " and tx_id < pg_snapshot_xmin(pg_current_snapshot()) order by seq limit ?";
    private static final String SEAL =
            "update audit_record set chain_pos = ?, prev_hash = ?, hash = ? where seq = ?";

    static final String THREAD_NAME = "gigafab-audit-sealer";

    private final AgroalDataSource dataSource;
    private final Duration interval;
    private ScheduledExecutorService schedule;

    public AuditSealer(
            AgroalDataSource dataSource,
            @ConfigProperty(name = "gigafab.audit.seal-interval", defaultValue = "250ms")
                    Duration interval) {
        this.dataSource = dataSource;
        this.interval = interval;
    }

    synchronized void onStart(@Observes StartupEvent event) {
        schedule =
                Executors.newSingleThreadScheduledExecutor(
                        run -> {
                            Thread thread = new Thread(run, THREAD_NAME);
                            thread.setDaemon(true);
                            return thread;
                        });
        long millis = interval.toMillis();
        schedule.scheduleWithFixedDelay(this::sealQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    synchronized void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        if (schedule != null) {
            schedule.shutdown();
            schedule.awaitTermination(10, TimeUnit.SECONDS);
            schedule = null;
        }
    }

    private void sealQuietly() {
        try {
            seal();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("Sealing the audit chain failed, the next run retries: %s", e.getMessage());
        }
    }

    /**
     * Seals every final unsealed record.
     *
     * @return how many records were sealed; 0 also when another replica holds the lock
     */
    public int seal() throws SQLException {
        int total = 0;
        int sealed;
        do {
            sealed = sealBatch();
            total += sealed;
        } while (sealed == BATCH_SIZE);
        return total;
    }

    private int sealBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int sealed = tryLock(connection) ? sealBatch(connection) : 0;
                connection.commit();
                return sealed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock =
                connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static int sealBatch(Connection connection) throws SQLException {
        List<AuditContent> batch = finalUnsealed(connection);
        if (batch.isEmpty()) {
            return 0;
        }
        long position = 0;
        String prevHash = AuditHash.GENESIS;
        try (PreparedStatement head = connection.prepareStatement(HEAD);
                ResultSet result = head.executeQuery()) {
            if (result.next()) {
                position = result.getLong(1);
                prevHash = result.getString(2);
            }
        }
        try (PreparedStatement seal = connection.prepareStatement(SEAL)) {
            for (AuditContent content : batch) {
                String hash = AuditHash.of(prevHash, content);
                seal.setLong(1, ++position);
                seal.setString(2, prevHash);
                seal.setString(3, hash);
                seal.setLong(4, content.seq());
                seal.addBatch();
                prevHash = hash;
            }
            seal.executeBatch();
        }
        return batch.size();
    }

    private static List<AuditContent> finalUnsealed(Connection connection) throws SQLException {
        List<AuditContent> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(FINAL_UNSEALED)) {
            select.setInt(1, BATCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(AuditContent.read(rows, 1));
                }
            }
        }
        return batch;
    }
}
