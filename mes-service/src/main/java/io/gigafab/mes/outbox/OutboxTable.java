package io.gigafab.mes.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/** The relay's view of {@code outbox_message}: oldest messages, delete, backlog, topics in use. */
final class OutboxTable {

    private final DataSource dataSource;

    OutboxTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Up to {@code limit} committed messages, in id order. */
    List<OutboxRow> oldest(int limit) {
        String sql =
                "select id, topic, message_key, payload from outbox_message order by id limit ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, limit);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(
                            new OutboxRow(
                                    result.getLong(1),
                                    result.getString(2),
                                    result.getString(3),
                                    result.getString(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new OutboxFailure("the outbox could not be read", e);
        }
    }

    /** Deletes the messages with these ids in one transaction; returns how many were there. */
    int delete(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement(
                                "delete from outbox_message where id = any(?)")) {
            Array idArray = connection.createArrayOf("bigint", ids.toArray());
            delete.setArray(1, idArray);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxFailure("relayed outbox messages could not be deleted", e);
        }
    }

    /** How many messages wait for the relay. */
    long backlog() {
        return single("select count(*) from outbox_message", result -> result.getLong(1));
    }

    /** The topics of the messages waiting, sorted. */
    List<String> topicsInUse() {
        return single(
                "select coalesce(array_agg(distinct topic order by topic), '{}') from"
                        + " outbox_message",
                result -> List.of((String[]) result.getArray(1).getArray()));
    }

    private <T> T single(String sql, Column<T> column) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet result = select.executeQuery()) {
            result.next();
            return column.read(result);
        } catch (SQLException e) {
            throw new OutboxFailure("the outbox could not be read", e);
        }
    }

    @FunctionalInterface
    private interface Column<T> {
        T read(ResultSet result) throws SQLException;
    }
}
