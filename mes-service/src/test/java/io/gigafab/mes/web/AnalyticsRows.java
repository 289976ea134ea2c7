package io.gigafab.mes.web;

import io.gigafab.mes.MesTestStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Rows the yield-analytics job would write (analytics_spc_point, analytics_measurement), for the
 * browser test's SPC chart and roll map. The tables come with the analytics migration (V9_1); when
 * the test database does not have them yet, nothing is written and the UI must say "no data yet".
 */
final class AnalyticsRows {

    static final String EQUIPMENT = "COAT-C01";
    static final String TAG = "coat_weight_gsm";

    private AnalyticsRows() {}

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(MesTestStack.jdbcUrl(), "postgres", "postgres");
    }

    /** Whether both analytics tables exist in the test database. */
    static boolean present() {
        try (Connection c = connect();
                PreparedStatement check =
                        c.prepareStatement(
                                "select to_regclass('analytics_spc_point') is not null"
                                        + " and to_regclass('analytics_measurement') is not null");
                ResultSet rs = check.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for the analytics tables", e);
        }
    }

    /**
     * Twelve SPC points of the coater's coat weight over the last hours (centre 180, limits
     * 175.5–184.5), the ninth beyond the UCL with rule 1; and coat weights every 50 m of the roll.
     */
    static void insert(String rollId) {
        Instant start = Instant.now().minus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = connect();
                PreparedStatement spc =
                        c.prepareStatement(
                                "insert into analytics_spc_point (sampled_at, equipment_id, tag,"
                                        + " line_id, value, centre, ucl, lcl, rule_violated)"
                                        + " values (?, ?, ?, 'L1', ?, 180, 184.5, 175.5, ?)"
                                        + " on conflict do nothing");
                PreparedStatement measurement =
                        c.prepareStatement(
                                "insert into analytics_measurement (sampled_at, equipment_id, tag,"
                                        + " line_id, value, unit, roll_id, position_m)"
                                        + " values (?, ?, ?, 'L1', ?, 'g/m²', ?, ?)"
                                        + " on conflict do nothing")) {
            for (int i = 0; i < 12; i++) {
                boolean beyond = i == 8;
                spc.setTimestamp(1, Timestamp.from(start.plus(i * 20L, ChronoUnit.MINUTES)));
                spc.setString(2, EQUIPMENT);
                spc.setString(3, TAG);
                spc.setDouble(4, beyond ? 186.2 : 179.0 + (i % 4) * 0.8);
                spc.setObject(5, beyond ? 1 : null, java.sql.Types.SMALLINT);
                spc.addBatch();
            }
            spc.executeBatch();
            for (int m = 0; m <= 1000; m += 50) {
                measurement.setTimestamp(1, Timestamp.from(start.plusSeconds(m)));
                measurement.setString(2, EQUIPMENT);
                measurement.setString(3, TAG);
                measurement.setDouble(4, m >= 400 && m <= 600 ? 174.0 : 180.0 + (m % 100) / 50.0);
                measurement.setString(5, rollId);
                measurement.setDouble(6, m);
                measurement.addBatch();
            }
            measurement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write analytics rows", e);
        }
    }
}
