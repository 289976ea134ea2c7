package io.gigafab.analytics.sink;

import java.time.Instant;

/**
 * Builds rows in PostgreSQL's COPY text format: fields separated by tabs, {@code \N} for null,
 * backslash, tab and line breaks escaped.
 */
public final class CopyLine {

    private final StringBuilder text;
    private boolean first = true;

    CopyLine(StringBuilder text) {
        this.text = text;
    }

    public CopyLine text(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    /** A double; NaN and infinities are written as null. */
    public CopyLine number(double value) {
        separate();
        if (Double.isFinite(value)) {
            text.append(value);
        } else {
            text.append("\\N");
        }
        return this;
    }

    public CopyLine integer(long value) {
        separate();
        text.append(value);
        return this;
    }

    /** An integer where 0 means "none" (written as null). */
    public CopyLine optionalInteger(long value) {
        return value == 0 ? text(null) : integer(value);
    }

    public CopyLine time(long epochMillis) {
        separate();
        text.append(Instant.ofEpochMilli(epochMillis));
        return this;
    }

    void end() {
        text.append('\n');
        first = true;
    }

    private void separate() {
        if (!first) {
            text.append('\t');
        }
        first = false;
    }
}
