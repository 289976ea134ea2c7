package io.gigafab.recipes.diff;

/** What happened to a field between two recipe versions; the symbol starts the rendered line. */
public enum ChangeKind {
    ADDED("+"),
    REMOVED("-"),
    CHANGED("~");

    private final String symbol;

    ChangeKind(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
