package io.gigafab.mes.passport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigafab.events.EventJson;
import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Issuing battery passports (frozen, hashed, audited) and showing each tier its attributes. */
@ApplicationScoped
public class Passports {

    private static final ObjectMapper JSON = EventJson.newMapper();

    private final PassportFactsLoader facts;
    private final PassportCalculator calculator;
    private final EntityManager entityManager;
    private final AuditTrail audit;

    Passports(
            PassportFactsLoader facts,
            PassportConfig config,
            EntityManager entityManager,
            AuditTrail audit) {
        this.facts = facts;
        this.calculator = new PassportCalculator(config);
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** Computes the battery's passport from its genealogy and stores it as the next version. */
    @Transactional
    public Map<String, Object> issue(String batteryId, String actor) {
        PassportFacts loaded = facts.load(batteryId);
        if (loaded.cells().isEmpty()) {
            throw new IllegalStateException(batteryId + " contains no cells: nothing to pass on");
        }
        Number latest =
                (Number)
                        entityManager
                                .createNativeQuery(
                                        "select coalesce(max(version), 0) from battery_passport"
                                                + " where battery_id = ?1")
                                .setParameter(1, batteryId)
                                .getSingleResult();
        Passport passport = calculator.passport(loaded, latest.intValue() + 1, Instant.now());
        String body = EventJson.toJson(passport);
        String hash = sha256(body);
        entityManager
                .createNativeQuery(
                        "insert into battery_passport (battery_id, version, issued_at, issued_by,"
                                + " body, hash) values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)")
                .setParameter(1, batteryId)
                .setParameter(2, passport.version())
                .setParameter(3, java.sql.Timestamp.from(passport.issuedAt()))
                .setParameter(4, actor)
                .setParameter(5, body)
                .setParameter(6, hash)
                .executeUpdate();
        audit.record(
                actor,
                "PASSPORT_ISSUED",
                "battery_passport",
                batteryId,
                null,
                Map.of("version", passport.version(), "hash", hash));
        return view(parse(body), PassportTier.AUTHORITY);
    }

    /** The latest issued passport, with only the attributes of the tier. */
    public Map<String, Object> latest(String batteryId, PassportTier tier) {
        @SuppressWarnings("unchecked")
        List<Object> bodies =
                entityManager
                        .createNativeQuery(
                                "select cast(body as text) from battery_passport"
                                        + " where battery_id = ?1 order by version desc limit 1")
                        .setParameter(1, batteryId)
                        .getResultList();
        if (bodies.isEmpty()) {
            throw new NotFoundProblem("No passport has been issued for " + batteryId);
        }
        Map<String, Object> view = view(parse((String) bodies.get(0)), tier);
        view.put("accessTier", tier.name());
        return view;
    }

    static Map<String, Object> view(Map<String, Object> full, PassportTier tier) {
        Map<String, Object> view = new LinkedHashMap<>();
        tier.attributes.forEach(
                key -> {
                    if (full.containsKey(key)) {
                        view.put(key, full.get(key));
                    }
                });
        return view;
    }

    private static Map<String, Object> parse(String body) {
        try {
            return JSON.readValue(body, new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stored passport is not readable", e);
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
