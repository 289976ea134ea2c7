package io.gigafab.mes.audit;

/**
 * The content of one audit record that the chain hash covers, as PostgreSQL renders it: {@code
 * recordedAt} in UTC at microsecond precision ({@code 2025-01-31T08:15:02.123456Z}), {@code before}
 * and {@code after} as the text of the {@code jsonb} values (null when SQL NULL).
 */
record AuditContent(
        long seq,
        String recordedAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String before,
        String after) {

    /** The SQL select list that reads these columns, in this order, from {@code audit_record}. */
    static final String COLUMNS =
            "seq, to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),"
                    + " actor, action, entity_type, entity_id, before::text, after::text";

    /** Reads the columns of {@link #COLUMNS} from the current row, starting at {@code first}. */
    static AuditContent read(java.sql.ResultSet row, int first) throws java.sql.SQLException {
        return new AuditContent(
                row.getLong(first),
                row.getString(first + 1),
                row.getString(first + 2),
                row.getString(first + 3),
                row.getString(first + 4),
                row.getString(first + 5),
                row.getString(first + 6),
                row.getString(first + 7));
    }
}
