package io.gigafab.simulator;

/** The modes of the OPC 40001 MachineryOperationMode state machine. */
public enum MachineryOperationMode {
    NONE("None"),
    MAINTENANCE("Maintenance"),
    SETUP("Setup"),
    PROCESSING("Processing");

    private final String modeName;

    MachineryOperationMode(String modeName) {
        this.modeName = modeName;
    }

    /** The mode name as OPC 40001 spells it, e.g. {@code Processing}. */
    public String modeName() {
        return modeName;
    }
}
