package io.gigafab.mes.passport;

import io.gigafab.mes.security.CurrentUser;
import io.gigafab.mes.security.Roles;
import java.util.List;

/**
 * The access tiers of Annex XIII of Regulation (EU) 2023/1542 and the passport attributes each may
 * see. Anyone (the QR code) sees the public tier; auditors and engineers act for persons with a
 * legitimate interest (OEMs, repairers, recyclers); quality and admins answer notified bodies,
 * market surveillance authorities and the Commission.
 */
public enum PassportTier {
    PUBLIC(
            List.of(
                    "passportId",
                    "passportUrl",
                    "version",
                    "issuedAt",
                    "generalProductInformation",
                    "performanceAndDurability",
                    "carbonFootprint",
                    "recycledContent",
                    "criticalRawMaterials",
                    "hazardousSubstances",
                    "supplyChainDueDiligence")),
    LEGITIMATE_INTEREST(
            concat(PUBLIC.attributes, List.of("materialComposition", "cellPerformance"))),
    AUTHORITY(concat(LEGITIMATE_INTEREST.attributes, List.of("supplyChainLots")));

    final List<String> attributes;

    PassportTier(List<String> attributes) {
        this.attributes = attributes;
    }

    /** The tier of the caller: the highest their roles allow. */
    static PassportTier of(CurrentUser user) {
        if (user == null) {
            return PUBLIC;
        }
        if (user.hasRole(Roles.QUALITY) || user.hasRole(Roles.ADMIN)) {
            return AUTHORITY;
        }
        if (user.hasRole(Roles.AUDITOR) || user.hasRole(Roles.ENGINEER)) {
            return LEGITIMATE_INTEREST;
        }
        return PUBLIC;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
