package io.gigafab.mes.audit;

import io.gigafab.mes.MesTestStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Looks at audit rows underneath the API, as the database superuser. */
final class AuditRows {

    private AuditRows() {}

    static Connection superuser() throws SQLException {
        return DriverManager.getConnection(MesTestStack.jdbcUrl(), "postgres", "postgres");
    }

    /**
     * The chain position of every sealed record of one entity, by seq; unsealed ones are absent.
     */
    static Map<Long, Long> chainPositions(String entityType, String entityId) throws SQLException {
        try (Connection connection = superuser();
                PreparedStatement select =
                        connection.prepareStatement(
                                "select seq, chain_pos from audit_record where entity_type = ?"
                                        + " and entity_id = ? and chain_pos is not null")) {
            select.setString(1, entityType);
            select.setString(2, entityId);
            Map<Long, Long> positions = new java.util.TreeMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    positions.put(rows.getLong(1), rows.getLong(2));
                }
            }
            return positions;
        }
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = superuser();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
