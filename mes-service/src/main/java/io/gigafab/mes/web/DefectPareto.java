package io.gigafab.mes.web;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** How often each defect code was recorded at track-out over a time range, most frequent first. */
@ApplicationScoped
class DefectPareto {

    record Bar(String code, String description, String operation, long count) {}

    private static final String PARETO =
            "select d.code, coalesce(c.description, d.code), c.operation, count(*)"
                    + " from operation_run r cross join lateral unnest(r.defect_codes) d(code)"
                    + " left join defect_code c on c.code = d.code"
                    + " where r.tracked_out_at >= ? and r.tracked_out_at < ?"
                    + " and (?::text is null or r.line_id = ?)"
                    + " group by 1, 2, 3 order by 4 desc, 1 limit 50";

    private final AgroalDataSource dataSource;

    DefectPareto(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Bar> of(Instant from, Instant to, String line) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("from must be before to");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(PARETO)) {
            select.setTimestamp(1, Timestamp.from(from));
            select.setTimestamp(2, Timestamp.from(to));
            select.setString(3, line);
            select.setString(4, line);
            List<Bar> bars = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    bars.add(
                            new Bar(
                                    rows.getString(1),
                                    rows.getString(2),
                                    rows.getString(3),
                                    rows.getLong(4)));
                }
            }
            return bars;
        } catch (SQLException e) {
            throw new IllegalStateException("The defect Pareto could not be read", e);
        }
    }
}
