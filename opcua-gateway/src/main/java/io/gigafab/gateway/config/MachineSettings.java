package io.gigafab.gateway.config;

import io.gigafab.events.EquipmentClass;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One machine on an endpoint: its ISA-95 place and class, where its node is, which values to
 * collect (explicit tags and/or browse rules) and which nodes give the production context.
 *
 * @param path browse path of the machine node from {@code Objects}, browse names separated by
 *     {@code /}, e.g. {@code Machines/COAT-C01} (namespaces are matched by name, any index)
 * @param context production context field → path below the machine, e.g. {@code rollId:
 *     MotherRollId}; fields: orderId, lotId, rollId, positionM, cellId, trayId, channel, recipeId,
 *     recipeVersion
 * @param state path of the machine's MachineryItemState variable (state-change events), or null
 */
public record MachineSettings(
        String area,
        String line,
        String equipmentId,
        EquipmentClass equipmentClass,
        String path,
        List<TagSettings> tags,
        List<BrowseRule> browse,
        Map<String, String> context,
        String state) {

    public static final Set<String> CONTEXT_FIELDS =
            Set.of(
                    "orderId",
                    "lotId",
                    "rollId",
                    "positionM",
                    "cellId",
                    "trayId",
                    "channel",
                    "recipeId",
                    "recipeVersion");

    public MachineSettings {
        Check.text(equipmentId, "machines[].equipmentId");
        String at = "machines[" + equipmentId + "]";
        Check.text(area, at + ".area");
        Check.text(line, at + ".line");
        Check.that(equipmentClass != null, at + ".equipmentClass is required");
        Check.text(path, at + ".path");
        tags = tags == null ? List.of() : List.copyOf(tags);
        browse = browse == null ? List.of() : List.copyOf(browse);
        context = context == null ? Map.of() : Map.copyOf(context);
        Check.that(!tags.isEmpty() || !browse.isEmpty(), at + ": give tags or browse rules");
        for (String field : context.keySet()) {
            Check.that(
                    CONTEXT_FIELDS.contains(field),
                    at
                            + ".context."
                            + field
                            + " is not a context field; use one of "
                            + CONTEXT_FIELDS);
        }
        state = state == null ? "MachineryItemState" : state.isBlank() ? null : state;
    }
}
