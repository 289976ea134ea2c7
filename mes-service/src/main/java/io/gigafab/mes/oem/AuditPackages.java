package io.gigafab.mes.oem;

import io.gigafab.events.EventJson;
import io.gigafab.mes.audit.AuditChainVerifier;
import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.mes.audit.ChainVerification;
import io.gigafab.mes.genealogy.Genealogy;
import io.gigafab.mes.genealogy.GenealogyView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds, registers and verifies OEM audit packages. */
@ApplicationScoped
public class AuditPackages {

    /** The answer to "is this package the one the MES issued, unchanged?". */
    public record Verification(boolean valid, boolean registered, String hash, String detail) {}

    private final Genealogy genealogy;
    private final PackageContents contents;
    private final AuditChainVerifier chain;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    AuditPackages(
            Genealogy genealogy,
            PackageContents contents,
            AuditChainVerifier chain,
            EntityManager entityManager,
            AuditTrail audit) {
        this.genealogy = genealogy;
        this.contents = contents;
        this.chain = chain;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /**
     * Builds a package; the audit chain is verified first in its own snapshot (outside the
     * transaction that registers the package).
     */
    public AuditPackage create(List<String> unitIds, String actor) {
        if (unitIds == null || unitIds.isEmpty() || unitIds.size() > 1000) {
            throw new IllegalArgumentException("unitIds: name 1 to 1000 packs, modules or cells");
        }
        ChainVerification verification = chain.verify();
        return QuarkusTransaction.requiringNew().call(() -> register(unitIds, actor, verification));
    }

    private AuditPackage register(
            List<String> unitIds, String actor, ChainVerification verification) {
        List<GenealogyView> views =
                unitIds.stream()
                        .map(id -> genealogy.of(id, GenealogyView.Direction.BACKWARD))
                        .toList();
        Set<String> units = new LinkedHashSet<>();
        views.forEach(v -> v.units().forEach(n -> units.add(n.id())));
        String[] ids = units.toArray(String[]::new);
        AuditPackage unsealed =
                new AuditPackage(
                        UUID.randomUUID(),
                        Instant.now(),
                        actor,
                        List.copyOf(unitIds),
                        views,
                        contents.holds(ids),
                        contents.capability(ids),
                        verification,
                        null);
        String hash = hashOf(unsealed);
        entityManager
                .createNativeQuery(
                        "insert into audit_package (id, created_at, created_by,"
                                + " subject, hash) values (?1, ?2, ?3, cast(?4 as jsonb), ?5)")
                .setParameter(1, unsealed.packageId())
                .setParameter(2, java.sql.Timestamp.from(unsealed.createdAt()))
                .setParameter(3, actor)
                .setParameter(4, EventJson.toJson(unitIds))
                .setParameter(5, hash)
                .executeUpdate();
        audit.record(
                actor,
                "AUDIT_PACKAGE_EXPORTED",
                "audit_package",
                unsealed.packageId().toString(),
                null,
                Map.of("subject", unitIds, "hash", hash));
        return unsealed.withHash(hash);
    }

    /** Re-computes the hash of a returned package and checks the MES issued that hash. */
    public Verification verify(AuditPackage returned) {
        if (returned == null || returned.hash() == null || returned.packageId() == null) {
            throw new IllegalArgumentException(
                    "An audit package with packageId and hash is required");
        }
        String recomputed = hashOf(returned.withHash(null));
        boolean registered =
                !entityManager
                        .createNativeQuery(
                                "select 1 from audit_package where id = ?1 and hash = ?2")
                        .setParameter(1, returned.packageId())
                        .setParameter(2, returned.hash())
                        .getResultList()
                        .isEmpty();
        boolean intact = recomputed.equals(returned.hash());
        String detail =
                !intact
                        ? "The content does not match its hash: the package was altered"
                        : !registered
                                ? "The hash is not one the MES issued for this package"
                                : "Unchanged since the MES issued it";
        return new Verification(intact && registered, registered, recomputed, detail);
    }

    static String hashOf(AuditPackage unsealed) {
        try {
            byte[] canonical =
                    EventJson.toJson(unsealed.withHash(null)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
