package io.gigafab.mes.recipe;

import io.gigafab.mes.api.ForbiddenProblem;
import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.mes.recipe.SignRequest.Meaning;
import io.gigafab.recipes.RecipeStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The review and release of recipe versions: submit a draft for review, sign it (reviewed,
 * approved, rejected) with an electronic signature, retire a released version. Signing needs a
 * fresh login (the token's auth_time) and approval needs a second person (four eyes).
 */
@ApplicationScoped
public class RecipeApproval {

    private final RecipeVersionRepository versions;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final SignatureConfig config;

    RecipeApproval(
            RecipeVersionRepository versions,
            AuditTrail audit,
            EntityManager entityManager,
            SignatureConfig config) {
        this.versions = versions;
        this.audit = audit;
        this.entityManager = entityManager;
        this.config = config;
    }

    @Transactional
    public VersionView submit(String recipeId, int version, String actor) {
        return move(versions.require(recipeId, version), RecipeStatus.IN_REVIEW, actor);
    }

    @Transactional
    public VersionView obsolete(String recipeId, int version, String actor) {
        return move(versions.require(recipeId, version), RecipeStatus.OBSOLETE, actor);
    }

    /**
     * Signs a version in review. APPROVED releases it, REJECTED sends it back to DRAFT, REVIEWED
     * leaves it in review.
     *
     * @param authenticatedAt when the signer last entered their credentials
     * @throws ForbiddenProblem when that was too long ago, or the author approves their own version
     */
    @Transactional
    public SignatureView sign(
            String recipeId,
            int version,
            SignRequest request,
            String signer,
            Optional<Instant> authenticatedAt) {
        if (request == null || request.meaning() == null) {
            throw new IllegalArgumentException(
                    "meaning is required: REVIEWED, APPROVED or REJECTED");
        }
        Instant authTime = requireFreshLogin(authenticatedAt);
        RecipeVersion row = versions.require(recipeId, version);
        if (row.status != RecipeStatus.IN_REVIEW) {
            throw new IllegalStateException(
                    row.key() + " is " + row.status + ": only a version IN_REVIEW can be signed");
        }
        if (request.meaning() == Meaning.APPROVED && signer.equals(row.createdBy)) {
            throw new ForbiddenProblem(
                    "Four eyes: "
                            + signer
                            + " wrote "
                            + row.key()
                            + " and may not approve it; another engineer or quality must");
        }
        if (request.meaning() == Meaning.REJECTED
                && (request.comment() == null || request.comment().isBlank())) {
            throw new IllegalArgumentException("comment is required: say why it is rejected");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        switch (request.meaning()) {
            case APPROVED -> {
                row.approvedAt = now;
                move(row, RecipeStatus.APPROVED, signer);
            }
            case REJECTED -> move(row, RecipeStatus.DRAFT, signer);
            case REVIEWED -> {}
        }
        SignatureView signature = record(row, request, signer, now, authTime);
        audit.record(signer, "RECIPE_SIGNED", "recipe_version", row.key(), null, signature);
        return signature;
    }

    @Transactional
    public List<SignatureView> signatures(String recipeId, int version) {
        versions.require(recipeId, version);
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select id, signer, meaning, comment, signed_at, auth_time from"
                                        + " recipe_signature where recipe_id = ? and version = ?"
                                        + " order by id")
                        .setParameter(1, recipeId)
                        .setParameter(2, version)
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new SignatureView(
                                        ((Number) r[0]).longValue(),
                                        recipeId,
                                        version,
                                        (String) r[1],
                                        (String) r[2],
                                        (String) r[3],
                                        instant(r[4]),
                                        instant(r[5]),
                                        null))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private Instant requireFreshLogin(Optional<Instant> authenticatedAt) {
        Duration maxAge = config.maxAuthAge();
        Instant authTime =
                authenticatedAt.orElseThrow(
                        () ->
                                new ForbiddenProblem(
                                        "Re-authenticate to sign: the login carries no"
                                                + " authentication time"));
        if (Duration.between(authTime, Instant.now()).compareTo(maxAge) > 0) {
            throw new ForbiddenProblem(
                    "Re-authenticate to sign: the last login at "
                            + authTime
                            + " is older than "
                            + maxAge.toMinutes()
                            + " minutes");
        }
        return authTime;
    }

    private SignatureView record(
            RecipeVersion row, SignRequest request, String signer, Instant now, Instant authTime) {
        Number id =
                (Number)
                        entityManager
                                .createNativeQuery(
                                        "insert into recipe_signature (recipe_id, version, signer,"
                                            + " meaning, comment, signed_at, auth_time) values (?,"
                                            + " ?, ?, ?, cast(? as text), ?, ?) returning id")
                                .setParameter(1, row.recipeId)
                                .setParameter(2, row.version)
                                .setParameter(3, signer)
                                .setParameter(4, request.meaning().name())
                                .setParameter(5, request.comment())
                                .setParameter(6, Timestamp.from(now))
                                .setParameter(7, Timestamp.from(authTime))
                                .getSingleResult();
        return new SignatureView(
                id.longValue(),
                row.recipeId,
                row.version,
                signer,
                request.meaning().name(),
                request.comment(),
                now,
                authTime,
                row.status.name());
    }

    private VersionView move(RecipeVersion row, RecipeStatus next, String actor) {
        if (!row.status.canTransitionTo(next)) {
            throw new IllegalStateException(
                    row.key() + " is " + row.status + " and cannot become " + next);
        }
        VersionView before = VersionView.of(row);
        row.status = next;
        VersionView after = VersionView.of(row);
        audit.record(actor, "RECIPE_" + next, "recipe_version", row.key(), before, after);
        return after;
    }
}
