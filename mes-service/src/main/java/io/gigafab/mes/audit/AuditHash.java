package io.gigafab.mes.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of one link of the audit chain, version 1. An auditor re-computes it without the MES.
 *
 * <p>{@code hash = lowercase hex of SHA-256 over the UTF-8 bytes of the canonical text}, where the
 * canonical text is these lines, each ended by one line feed ({@code \n}):
 *
 * <ol>
 *   <li>{@code gigafab-audit-v1}
 *   <li>{@code prev_hash}: the hash of the record at the previous chain position, or {@link
 *       #GENESIS} (64 zeros) for chain position 1
 *   <li>{@code seq} in decimal
 *   <li>{@code recorded_at} in UTC with exactly six fraction digits: {@code
 *       YYYY-MM-DDTHH:MM:SS.ffffffZ}
 *   <li>then {@code actor}, {@code action}, {@code entity_type}, {@code entity_id}, {@code before},
 *       {@code after}, each as {@code <n>:<value>} with {@code n} the length of the value in UTF-8
 *       bytes, or as a single {@code -} when the value is SQL NULL. {@code before} and {@code
 *       after} are the text PostgreSQL renders for the {@code jsonb} value ({@code before::text}).
 * </ol>
 *
 * <p>The same in SQL (database encoding UTF8), which must return no rows:
 *
 * <pre>{@code
 * select chain_pos from audit_record where hash is not null and hash <> encode(sha256(convert_to(
 *     'gigafab-audit-v1' || E'\n' || prev_hash || E'\n' || seq || E'\n'
 *     || to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || E'\n'
 *     || octet_length(actor) || ':' || actor || E'\n'
 *     || octet_length(action) || ':' || action || E'\n'
 *     || octet_length(entity_type) || ':' || entity_type || E'\n'
 *     || octet_length(entity_id) || ':' || entity_id || E'\n'
 *     || coalesce(octet_length(before::text) || ':' || before::text, '-') || E'\n'
 *     || coalesce(octet_length(after::text) || ':' || after::text, '-') || E'\n',
 *     'UTF8')), 'hex');
 * }</pre>
 *
 * <p>The length prefixes make the text unambiguous: no value can imitate a field boundary.
 */
final class AuditHash {

    /** The {@code prev_hash} of the first record of the chain. */
    static final String GENESIS = "0".repeat(64);

    /** The hash format version, the first line of the canonical text. */
    static final String VERSION = "gigafab-audit-v1";

    private AuditHash() {}

    /** The hash of the record with {@code content} at the position after {@code prevHash}. */
    static String of(String prevHash, AuditContent content) {
        return sha256Hex(canonicalText(prevHash, content));
    }

    static String canonicalText(String prevHash, AuditContent content) {
        StringBuilder text = new StringBuilder(256);
        text.append(VERSION).append('\n');
        text.append(prevHash).append('\n');
        text.append(content.seq()).append('\n');
        text.append(content.recordedAt()).append('\n');
        field(text, content.actor());
        field(text, content.action());
        field(text, content.entityType());
        field(text, content.entityId());
        field(text, content.before());
        field(text, content.after());
        return text.toString();
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        text.append('\n');
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
