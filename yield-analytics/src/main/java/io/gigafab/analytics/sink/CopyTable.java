package io.gigafab.analytics.sink;

import java.io.Serializable;
import java.util.List;

/**
 * How one record type is written to one table with COPY: the table, its columns in row order, the
 * key that makes a replayed row a duplicate, and what a duplicate does (ignored, or overwriting the
 * other columns when a late recomputation may change them).
 */
public interface CopyTable<T> extends Serializable {

    String table();

    List<String> columns();

    List<String> key();

    /** True: a duplicate key overwrites the row; false: the first row stays. */
    boolean overwrite();

    /** Writes the fields of one record, in {@link #columns()} order. */
    void write(T row, CopyLine line);
}
