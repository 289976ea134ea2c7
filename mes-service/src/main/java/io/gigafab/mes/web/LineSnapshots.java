package io.gigafab.mes.web;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a {@link LineSnapshot} from the MES tables with one read-only query: operation runs of the
 * last day, holds, alarms and machine states of the line's machines, insights and recipe
 * activations. Cheap enough to run every couple of seconds per open operator screen.
 */
@ApplicationScoped
class LineSnapshots {

    private static final String MARKERS =
            "with machines as (select e.id, e.state_since from equipment e join work_center w on"
                + " w.id = e.work_center_id where w.line_id = ?) select (select"
                + " coalesce(max(tracked_in_at)::text, '') || '|'   ||"
                + " coalesce(max(tracked_out_at)::text, '') || '|' || count(*)   from operation_run"
                + " where line_id = ? and tracked_in_at > now() - interval '1 day'), (select"
                + " count(*) || '|' || coalesce(max(placed_at)::text, '') || '|'   ||"
                + " coalesce(max(released_at)::text, '') from hold), (select count(*) || '|' ||"
                + " count(cleared_at) || '|' || coalesce(max(id), 0)   from equipment_alarm where"
                + " equipment_id in (select id from machines)), (select"
                + " coalesce(max(state_since)::text, '') from machines), (select count(*) || '|' ||"
                + " coalesce(max(received_at)::text, '')   from yield_insight where line_id = ?),"
                + " (select coalesce(max(activated_at)::text, '') from equipment_recipe   where"
                + " equipment_id in (select id from machines))";

    static final String[] TOPICS = {"runs", "holds", "alarms", "equipment", "insights", "recipes"};

    private final AgroalDataSource dataSource;

    LineSnapshots(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    LineSnapshot of(String lineId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(MARKERS)) {
            select.setString(1, lineId);
            select.setString(2, lineId);
            select.setString(3, lineId);
            Map<String, String> markers = new LinkedHashMap<>();
            try (ResultSet row = select.executeQuery()) {
                row.next();
                for (int i = 0; i < TOPICS.length; i++) {
                    markers.put(TOPICS[i], row.getString(i + 1));
                }
            }
            return new LineSnapshot(markers);
        } catch (SQLException e) {
            throw new IllegalStateException("The line " + lineId + " could not be read", e);
        }
    }
}
