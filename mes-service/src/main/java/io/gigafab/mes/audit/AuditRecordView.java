package io.gigafab.mes.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One audit record as the API shows it.
 *
 * @param sealed true once the record is part of the hash chain
 * @param chainPosition its position in the chain, null while unsealed
 * @param hash its chain hash, null while unsealed
 */
public record AuditRecordView(
        long seq,
        OffsetDateTime recordedAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        JsonNode before,
        JsonNode after,
        boolean sealed,
        Long chainPosition,
        String hash) {}
