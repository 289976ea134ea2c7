package io.gigafab.mes.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Walks the audit chain in chain order and re-computes every hash (see {@link AuditHash}). It
 * reports the first position where the chain breaks: a record whose content no longer matches its
 * hash, a {@code prev_hash} that is not the hash of the previous record, or a missing position.
 *
 * <p>The walk streams through a server-side cursor ({@value #FETCH_SIZE} rows at a time) in one
 * read-only repeatable-read transaction, so it sees one consistent chain while the sealer goes on
 * appending, and memory use does not grow with the chain.
 */
@ApplicationScoped
public class AuditChainVerifier {

    static final int FETCH_SIZE = 1000;

    private static final String CHAIN =
            "select chain_pos, prev_hash, hash, "
                    + AuditContent.COLUMNS
                    + " from audit_record where chain_pos is not null order by chain_pos";
    private static final String UNSEALED = "select count(*) from audit_record where hash is null";

    private final AgroalDataSource dataSource;

    public AuditChainVerifier(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ChainVerification verify() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return verify(connection);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new AuditStoreFailure("the audit chain could not be read", e);
        }
    }

    private static ChainVerification verify(Connection connection) throws SQLException {
        ChainWalk walk = new ChainWalk();
        try (PreparedStatement chain = connection.prepareStatement(CHAIN)) {
            chain.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = chain.executeQuery()) {
                while (rows.next()) {
                    walk.step(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            AuditContent.read(rows, 4));
                }
            }
        }
        return walk.result(unsealed(connection));
    }

    private static long unsealed(Connection connection) throws SQLException {
        try (Statement count = connection.createStatement();
                ResultSet result = count.executeQuery(UNSEALED)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The state of one walk along the chain: where it is and the first break found. */
    private static final class ChainWalk {
        private long records;
        private long position;
        private String hash;
        private Long brokenAt;
        private String detail;

        void step(long chainPos, String prevHash, String storedHash, AuditContent content) {
            records++;
            if (brokenAt == null) {
                check(chainPos, prevHash, storedHash, content);
            }
            position = chainPos;
            hash = storedHash;
        }

        private void check(long chainPos, String prevHash, String storedHash, AuditContent c) {
            long expected = position + 1;
            String expectedPrev = position == 0 ? AuditHash.GENESIS : hash;
            if (chainPos != expected) {
                broken(
                        expected,
                        "chain position " + expected + " is missing (next is " + chainPos + ")");
            } else if (!expectedPrev.equals(prevHash)) {
                broken(
                        chainPos,
                        "prev_hash of seq " + c.seq() + " is not the hash of position " + position);
            } else if (!AuditHash.of(prevHash, c).equals(storedHash)) {
                broken(chainPos, "content of seq " + c.seq() + " does not match its hash");
            }
        }

        private void broken(long at, String what) {
            brokenAt = at;
            detail = what;
        }

        ChainVerification result(long unsealed) {
            return new ChainVerification(
                    brokenAt == null, records, unsealed, position, hash, brokenAt, detail);
        }
    }
}
