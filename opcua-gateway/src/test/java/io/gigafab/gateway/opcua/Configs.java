package io.gigafab.gateway.opcua;

import io.gigafab.events.EquipmentClass;
import io.gigafab.gateway.config.BrowseRule;
import io.gigafab.gateway.config.Deadband;
import io.gigafab.gateway.config.EndpointSettings;
import io.gigafab.gateway.config.MachineSettings;
import io.gigafab.gateway.config.TagSettings;
import java.util.List;
import java.util.Map;

/** Gateway configuration for the simulated line, as a site's YAML would give it. */
final class Configs {

    static final int RECONNECT_MAX_DELAY_MS = 1_000;

    private Configs() {}

    static EndpointSettings endpoint(String name, String url, MachineSettings... machines) {
        return new EndpointSettings(
                name, url, null, null, null, null, RECONNECT_MAX_DELAY_MS, List.of(machines));
    }

    static MachineSettings machine(
            String equipmentId,
            EquipmentClass equipmentClass,
            List<TagSettings> tags,
            List<BrowseRule> browse,
            Map<String, String> context) {
        return new MachineSettings(
                "cells",
                "L1",
                equipmentId,
                equipmentClass,
                "Machines/" + equipmentId,
                tags,
                browse,
                context,
                null);
    }

    static TagSettings tag(String tag, String path) {
        return new TagSettings(tag, path, 100.0, null, null, null, null);
    }

    static TagSettings tag(String tag, String path, Deadband deadband) {
        return new TagSettings(tag, path, 100.0, null, null, deadband, null);
    }

    static TagSettings polledTag(String tag, String path, double periodMs) {
        return new TagSettings(tag, path, periodMs, null, null, null, true);
    }

    static BrowseRule browse(String include, String tagPrefix) {
        return new BrowseRule("", include, null, tagPrefix, 200.0, null);
    }

    /** The coater with coat weight (0.1 % deadband) and web speed, stamped with roll + metre. */
    static MachineSettings coater() {
        return machine(
                "COAT-C01",
                EquipmentClass.COATER,
                List.of(
                        tag("coating.coatWeight", "CoatWeight", new Deadband("percent", 0.1)),
                        tag("coating.webSpeed", "WebSpeed")),
                List.of(),
                Map.of("rollId", "MotherRollId", "positionM", "PositionM"));
    }
}
