package io.gigafab.mes.audit;

import io.agroal.api.AgroalDataSource;
import io.gigafab.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Appends audit records in the caller's transaction: who did what to which entity, with the state
 * before and after as JSON. Records are sealed into the hash chain after commit by the sealer.
 *
 * <p>Plain JDBC on the JTA-enlisted datasource: the insert joins the caller's transaction (the same
 * connection Hibernate uses in it) and needs no persistence unit.
 */
@ApplicationScoped
public class AuditTrail {

    private static final String INSERT =
            "insert into audit_record (actor, action, entity_type, entity_id, before, after)"
                    + " values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))";

    private final AgroalDataSource dataSource;

    public AuditTrail(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records one change of state.
     *
     * @param actor the user, or {@code system:<component>} for automatic actions
     * @param action what happened, e.g. {@code TRACK_OUT}, {@code HOLD_PLACED}
     * @param entityType e.g. {@code unit}, {@code hold}, {@code recipe_version}
     * @param entityId the entity's id
     * @param before the state before (null when created); any record or map, stored as JSON
     * @param after the state after (null when deleted)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String actor,
            String action,
            String entityType,
            String entityId,
            Object before,
            Object after) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, actor);
            insert.setString(2, action);
            insert.setString(3, entityType);
            insert.setString(4, entityId);
            insert.setString(5, json(before));
            insert.setString(6, json(after));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new AuditStoreFailure("the audit record could not be written", e);
        }
    }

    private static String json(Object state) {
        return state == null ? null : EventJson.toJson(state);
    }
}
