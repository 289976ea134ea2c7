package io.gigafab.events.equipment;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of a machine as in OPC UA for Machinery (OPC 40001-1, MachineryItemState); in JSON the
 * OPC UA names are used ("OutOfService", "NotAvailable", "NotExecuting", "Executing").
 */
public enum MachineryItemState {
    /** Taken out of production on purpose (maintenance, no order planned). */
    @JsonProperty("OutOfService")
    OUT_OF_SERVICE,
    /** Cannot produce, e.g. broken down or in an error state. */
    @JsonProperty("NotAvailable")
    NOT_AVAILABLE,
    /** Ready but not producing (idle, waiting for material). */
    @JsonProperty("NotExecuting")
    NOT_EXECUTING,
    /** Producing. */
    @JsonProperty("Executing")
    EXECUTING
}
