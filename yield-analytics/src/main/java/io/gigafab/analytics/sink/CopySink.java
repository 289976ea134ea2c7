package io.gigafab.analytics.sink;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.postgresql.PGConnection;

/**
 * Writes records to a PostgreSQL/TimescaleDB table with the COPY protocol in batches: rows are
 * buffered in COPY text format, and every {@code batchSize} rows and at every checkpoint (Flink
 * calls {@code flush} before the barrier) the batch is copied into a session-local staging table
 * and inserted into the target with {@code ON CONFLICT} on the table's key, in one transaction.
 * Rows replayed after a restore from a checkpoint therefore never double: at-least-once delivery
 * with idempotent writes.
 */
public class CopySink<T> implements Sink<T> {

    private final JdbcSettings jdbc;
    private final CopyTable<T> table;
    private final int batchSize;

    public CopySink(JdbcSettings jdbc, CopyTable<T> table, int batchSize) {
        this.jdbc = jdbc;
        this.table = table;
        this.batchSize = batchSize;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new CopyWriter<>(jdbc, table, batchSize);
    }

    /** The SQL that moves a staged batch into the table. */
    static String upsert(CopyTable<?> table, String stage) {
        String columns = String.join(", ", table.columns());
        String key = String.join(", ", table.key());
        String onConflict =
                table.overwrite()
                        ? "do update set "
                                + table.columns().stream()
                                        .filter(c -> !table.key().contains(c))
                                        .map(c -> c + " = excluded." + c)
                                        .collect(Collectors.joining(", "))
                        : "do nothing";
        return "insert into "
                + table.table()
                + " ("
                + columns
                + ") select distinct on ("
                + key
                + ") "
                + columns
                + " from "
                + stage
                + " on conflict ("
                + key
                + ") "
                + onConflict;
    }

    private static final class CopyWriter<T> implements SinkWriter<T> {

        private final JdbcSettings jdbc;
        private final CopyTable<T> table;
        private final int batchSize;
        private final String stage;
        private final StringBuilder batch = new StringBuilder(1 << 16);
        private final CopyLine line = new CopyLine(batch);
        private int rows;
        private Connection connection;

        CopyWriter(JdbcSettings jdbc, CopyTable<T> table, int batchSize) {
            this.jdbc = jdbc;
            this.table = table;
            this.batchSize = batchSize;
            this.stage = "stage_" + table.table();
        }

        @Override
        public void write(T element, Context context) throws IOException {
            table.write(element, line);
            line.end();
            if (++rows >= batchSize) {
                flush(false);
            }
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            if (rows == 0) {
                return;
            }
            try {
                Connection db = connection();
                PGConnection pg = db.unwrap(PGConnection.class);
                pg.getCopyAPI()
                        .copyIn(
                                "copy "
                                        + stage
                                        + " ("
                                        + String.join(", ", table.columns())
                                        + ") from stdin",
                                new StringReader(batch.toString()));
                try (Statement statement = db.createStatement()) {
                    statement.executeUpdate(upsert(table, stage));
                }
                db.commit();
                batch.setLength(0);
                rows = 0;
            } catch (SQLException e) {
                closeQuietly();
                throw new IOException(
                        "COPY into " + table.table() + " failed: " + e.getMessage(), e);
            }
        }

        private Connection connection() throws SQLException {
            if (connection == null) {
                connection = jdbc.connect();
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(
                            "create temp table if not exists "
                                    + stage
                                    + " (like "
                                    + table.table()
                                    + " including defaults) on commit delete rows");
                }
                connection.commit();
            }
            return connection;
        }

        private void closeQuietly() {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException ignored) {
                // the connection is broken anyway
            }
            connection = null;
        }

        @Override
        public void close() throws Exception {
            if (connection != null) {
                connection.close();
            }
        }
    }
}
