package io.gigafab.simulator;

import java.util.Objects;

/**
 * The nameplate of one simulated machine, exposed under {@code Identification} (OPC 40001).
 *
 * @param equipmentId the plant's id of the machine; also its browse name under {@code Machines}
 * @param manufacturer the machine builder
 * @param model the machine model
 * @param serialNumber the builder's serial number
 * @param productInstanceUri a globally unique URI of this machine instance
 */
public record MachineIdentity(
        String equipmentId,
        String manufacturer,
        String model,
        String serialNumber,
        String productInstanceUri) {

    public MachineIdentity {
        Objects.requireNonNull(equipmentId, "equipmentId");
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(productInstanceUri, "productInstanceUri");
        if (!equipmentId.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException(
                    "equipmentId must be letters, digits, '-' or '_': " + equipmentId);
        }
    }

    /** A simulated machine's nameplate: manufacturer "Gigafab Simulation", serial = id. */
    public static MachineIdentity simulated(String equipmentId, String model) {
        return new MachineIdentity(
                equipmentId,
                "Gigafab Simulation",
                model,
                "SIM-" + equipmentId,
                "urn:gigafab:line-simulator:machine:" + equipmentId);
    }
}
