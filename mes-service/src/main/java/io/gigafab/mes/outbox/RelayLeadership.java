package io.gigafab.mes.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Which replica relays the outbox: the one holding the session-level PostgreSQL advisory lock
 * {@link #LOCK_KEY} on a connection it keeps open. If that replica dies, PostgreSQL ends its
 * session and the lock passes to the next replica that asks. Kafka's transactional-id fencing backs
 * this up: a new leader's producer fences the old one, whose next commit fails.
 */
final class RelayLeadership implements AutoCloseable {

    /** The PostgreSQL advisory lock (one bigint key) of the outbox relay. */
    static final long LOCK_KEY = 0x6761_6f75_7462_01L;

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);

    private final DataSource dataSource;
    private Connection lockConnection;

    RelayLeadership(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True while this replica holds the lock (the connection holding it is still alive). */
    boolean held() {
        if (lockConnection == null) {
            return false;
        }
        try {
            if (lockConnection.isValid(2)) {
                return true;
            }
        } catch (SQLException e) {
            LOG.debugf("Lock connection check failed: %s", e.getMessage());
        }
        LOG.warn("The outbox relay lost its lock connection; it stops until it leads again");
        close();
        return false;
    }

    /** Takes the lock if no other replica holds it; true when this replica now leads. */
    boolean tryAcquire() {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement lock =
                    connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                try (ResultSet result = lock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        lockConnection = connection;
                        return true;
                    }
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            throw new OutboxFailure("the outbox relay lock could not be taken", e);
        }
    }

    /** Gives up the lock (the next replica that asks takes over). */
    @Override
    public void close() {
        if (lockConnection == null) {
            return;
        }
        try (PreparedStatement unlock =
                lockConnection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_KEY);
            unlock.execute();
        } catch (SQLException e) {
            LOG.debugf("Unlock failed, the session end releases it: %s", e.getMessage());
        } finally {
            try {
                lockConnection.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the lock connection failed: %s", e.getMessage());
            }
            lockConnection = null;
        }
    }
}
