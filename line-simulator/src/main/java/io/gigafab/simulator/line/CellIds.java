package io.gigafab.simulator.line;

/** Serial numbers of the cells a line builds: {@code C-<run>-000001}, {@code C-<run>-000002}… */
public final class CellIds {

    private final String prefix;
    private long next = 1;

    public CellIds(String runId) {
        this.prefix = "C-" + runId + "-";
    }

    public synchronized String next() {
        return String.format("%s%06d", prefix, next++);
    }
}
