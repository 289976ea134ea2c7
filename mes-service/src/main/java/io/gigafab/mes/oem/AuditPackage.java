package io.gigafab.mes.oem;

import io.gigafab.mes.audit.ChainVerification;
import io.gigafab.mes.genealogy.GenealogyView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an OEM auditor takes home about a list of batteries or cells: full backward genealogy, holds
 * and non-conformances with their dispositions, a capability summary of the cells' key values, and
 * the audit-trail verification — sealed with a SHA-256 hash over everything else.
 */
public record AuditPackage(
        UUID packageId,
        Instant createdAt,
        String createdBy,
        List<String> subject,
        List<GenealogyView> genealogy,
        List<HoldRecord> holds,
        List<CapabilitySummary> capability,
        ChainVerification auditTrail,
        String hash) {

    /** A hold that touched a unit of the package, with its disposition. */
    public record HoldRecord(
            String holdId,
            String scope,
            String targetId,
            String reason,
            String ncrId,
            String ncrTitle,
            String status,
            String disposition,
            String placedBy,
            Instant placedAt,
            String releasedBy,
            Instant releasedAt,
            List<String> heldUnitsInPackage) {}

    /** Mean, spread and Cpk of a cell key value against the grade-A window of its grade table. */
    public record CapabilitySummary(
            String keyValue,
            long cells,
            double mean,
            double standardDeviation,
            Double lowerLimit,
            Double upperLimit,
            Double cpk) {}

    AuditPackage withHash(String value) {
        return new AuditPackage(
                packageId,
                createdAt,
                createdBy,
                subject,
                genealogy,
                holds,
                capability,
                auditTrail,
                value);
    }
}
