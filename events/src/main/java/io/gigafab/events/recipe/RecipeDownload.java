package io.gigafab.events.recipe;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import io.gigafab.events.TopicMessage;
import io.gigafab.events.Topics;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The MES asks the OPC UA gateway to write the setpoints of a released recipe version down to one
 * machine, published on {@link Topics#RECIPE_DOWNLOADS} and keyed by equipment id. The gateway
 * answers with a {@link RecipeDownloadResult} carrying the same downloadId.
 *
 * @param downloadId unique id of this download, repeated in the result
 * @param equipment the target machine
 * @param recipeId the recipe
 * @param recipeVersion its version, &ge; 1
 * @param requestedAt when the download was requested
 * @param requestedBy the user (or "mes" for automatic downloads) who requested it
 * @param setpoints the values to write, at least one, each parameter once
 */
public record RecipeDownload(
        UUID downloadId,
        EquipmentRef equipment,
        String recipeId,
        int recipeVersion,
        Instant requestedAt,
        String requestedBy,
        List<Setpoint> setpoints)
        implements TopicMessage {

    public RecipeDownload {
        Require.nonNull(downloadId, "RecipeDownload.downloadId");
        Require.nonNull(equipment, "RecipeDownload.equipment");
        Require.text(recipeId, "RecipeDownload.recipeId");
        Require.atLeast(recipeVersion, 1, "RecipeDownload.recipeVersion");
        Require.nonNull(requestedAt, "RecipeDownload.requestedAt");
        Require.text(requestedBy, "RecipeDownload.requestedBy");
        setpoints = Require.nonEmptyList(setpoints, "RecipeDownload.setpoints");
        Set<String> seen = new HashSet<>();
        for (Setpoint setpoint : setpoints) {
            if (!seen.add(setpoint.parameter())) {
                throw new IllegalArgumentException(
                        "RecipeDownload.setpoints has parameter "
                                + setpoint.parameter()
                                + " more than once");
            }
        }
    }

    @Override
    public String topic() {
        return Topics.RECIPE_DOWNLOADS;
    }

    /** The equipment id. */
    @Override
    public String kafkaKey() {
        return equipment.equipmentId();
    }
}
