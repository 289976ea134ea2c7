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

/**
 * First-pass yield and scrap per time bucket, from the first run of each unit at each operation
 * (the same counting as the FPY report), optionally narrowed to a line, operation, machine or
 * recipe version; and the grade-A yield of the cells graded in the bucket — a cell that passes
 * every step but is downgraded at grading is a yield loss the FPY does not show.
 */
@ApplicationScoped
class YieldTrend {

    /** The bucket sizes the workbench offers. */
    enum Bucket {
        TEN_MINUTES,
        HOUR,
        SHIFT,
        DAY,
        WEEK
    }

    /** Narrowing of the trend; null fields do not narrow. */
    record Filter(
            String line, String operation, String equipment, String recipe, Integer version) {}

    /** One bucket of the trend. */
    record Point(
            Instant bucketStart,
            long units,
            long passedFirstTime,
            long failed,
            long reworked,
            double firstPassYield,
            double scrapRate,
            long graded,
            long gradeA,
            Double gradeAYield) {}

    private static final String TREND =
            "with firsts as (select distinct on (unit_id, operation) * from operation_run"
                    + " where tracked_out_at >= ? and tracked_out_at < ?"
                    + " and (?::text is null or line_id = ?) and (?::text is null or operation = ?)"
                    + " and (?::text is null or equipment_id = ?)"
                    + " and (?::text is null or recipe_id = ?)"
                    + " and (?::int is null or recipe_version = ?)"
                    + " order by unit_id, operation, tracked_in_at)"
                    + " select %s as bucket, count(*),"
                    + " count(*) filter (where result = 'PASS'),"
                    + " count(*) filter (where result = 'FAIL'),"
                    + " count(*) filter (where result = 'REWORK'),"
                    + " count(c.grade) filter (where operation = 'GRADING'),"
                    + " count(*) filter (where operation = 'GRADING' and c.grade = 'A')"
                    + " from firsts left join cell c on c.unit_id = firsts.unit_id"
                    + " group by 1 order by 1";

    private final AgroalDataSource dataSource;

    YieldTrend(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    List<Point> of(Instant from, Instant to, Bucket bucket, Filter filter) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new IllegalArgumentException("from and to are required, with from before to");
        }
        String sql = TREND.formatted(bucketExpression(bucket));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setTimestamp(1, Timestamp.from(from));
            select.setTimestamp(2, Timestamp.from(to));
            int i = 3;
            for (String value :
                    new String[] {
                        filter.line(), filter.operation(), filter.equipment(), filter.recipe()
                    }) {
                select.setString(i++, value);
                select.setString(i++, value);
            }
            select.setObject(i++, filter.version(), java.sql.Types.INTEGER);
            select.setObject(i, filter.version(), java.sql.Types.INTEGER);
            List<Point> points = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    points.add(point(rows));
                }
            }
            return points;
        } catch (SQLException e) {
            throw new IllegalStateException("The yield trend could not be read", e);
        }
    }

    private static String bucketExpression(Bucket bucket) {
        return switch (bucket) {
            case TEN_MINUTES -> "date_bin('10 minutes', tracked_out_at, timestamptz '2000-01-01')";
            case HOUR -> "date_trunc('hour', tracked_out_at)";
            case SHIFT ->
                    "date_trunc('day', tracked_out_at) + interval '8 hours'"
                            + " * floor(extract(hour from tracked_out_at) / 8)";
            case DAY -> "date_trunc('day', tracked_out_at)";
            case WEEK -> "date_trunc('week', tracked_out_at)";
        };
    }

    private static Point point(ResultSet row) throws SQLException {
        long units = row.getLong(2);
        long passed = row.getLong(3);
        long failed = row.getLong(4);
        double fpy = units == 0 ? 0 : (double) passed / units;
        double scrap = units == 0 ? 0 : (double) failed / units;
        long graded = row.getLong(6);
        long gradeA = row.getLong(7);
        return new Point(
                row.getTimestamp(1).toInstant(),
                units,
                passed,
                failed,
                row.getLong(5),
                fpy,
                scrap,
                graded,
                gradeA,
                graded == 0 ? null : (double) gradeA / graded);
    }
}
