package io.gigafab.mes.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The audit records of one entity, newest first. */
@ApplicationScoped
public class AuditHistory {

    /** The most records one request returns. */
    public static final int MAX_LIMIT = 1000;

    private static final String OF_ENTITY =
            "select seq, recorded_at, actor, action, entity_type, entity_id, before::text,"
                    + " after::text, chain_pos, hash from audit_record"
                    + " where entity_type = ? and entity_id = ? order by seq desc limit ?";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    public AuditHistory(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public List<AuditRecordView> of(String entityType, String entityId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException(
                    "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(OF_ENTITY)) {
            select.setString(1, entityType);
            select.setString(2, entityId);
            select.setInt(3, limit);
            List<AuditRecordView> records = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(view(rows));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new AuditStoreFailure("the audit records could not be read", e);
        }
    }

    private AuditRecordView view(ResultSet row) throws SQLException {
        long chainPos = row.getLong(9);
        boolean sealed = !row.wasNull();
        return new AuditRecordView(
                row.getLong(1),
                row.getObject(2, OffsetDateTime.class),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                tree(row.getString(7)),
                tree(row.getString(8)),
                sealed,
                sealed ? chainPos : null,
                row.getString(10));
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AuditStoreFailure("an audit record holds invalid JSON", e);
        }
    }
}
