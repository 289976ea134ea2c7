package io.gigafab.mes.audit;

import io.gigafab.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Appends audit records in the caller's transaction: who did what to which entity, with the state
 * before and after as JSON. Records are sealed into the hash chain after commit by the sealer.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;

    public AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
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
        entityManager
                .createNativeQuery(
                        "insert into audit_record (actor, action, entity_type, entity_id, before,"
                                + " after) values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))")
                .setParameter(1, actor)
                .setParameter(2, action)
                .setParameter(3, entityType)
                .setParameter(4, entityId)
                .setParameter(5, json(before))
                .setParameter(6, json(after))
                .executeUpdate();
    }

    private static String json(Object state) {
        return state == null ? null : EventJson.toJson(state);
    }
}
