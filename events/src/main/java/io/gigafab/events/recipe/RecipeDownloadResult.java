package io.gigafab.events.recipe;

import io.gigafab.events.EquipmentRef;
import io.gigafab.events.Require;
import io.gigafab.events.TopicMessage;
import io.gigafab.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The gateway's answer to a {@link RecipeDownload}: whether the machine took the recipe, with the
 * read-back of every setpoint, published on {@link Topics#RECIPE_DOWNLOAD_RESULTS} and keyed by
 * equipment id.
 *
 * @param downloadId the id of the download answered
 * @param equipment the target machine
 * @param completedAt when the gateway finished
 * @param status ACCEPTED (every setpoint read back ok), REJECTED or FAILED
 * @param setpoints the read-back per setpoint; may be empty when nothing was written
 * @param message why it was rejected or failed (optional)
 */
public record RecipeDownloadResult(
        UUID downloadId,
        EquipmentRef equipment,
        Instant completedAt,
        DownloadStatus status,
        List<SetpointReadBack> setpoints,
        String message)
        implements TopicMessage {

    public RecipeDownloadResult {
        Require.nonNull(downloadId, "RecipeDownloadResult.downloadId");
        Require.nonNull(equipment, "RecipeDownloadResult.equipment");
        Require.nonNull(completedAt, "RecipeDownloadResult.completedAt");
        Require.nonNull(status, "RecipeDownloadResult.status");
        setpoints = Require.list(setpoints, "RecipeDownloadResult.setpoints");
        Require.optionalText(message, "RecipeDownloadResult.message");
        if (status == DownloadStatus.ACCEPTED
                && (setpoints.isEmpty() || !setpoints.stream().allMatch(SetpointReadBack::ok))) {
            throw new IllegalArgumentException(
                    "RecipeDownloadResult with status ACCEPTED needs every setpoint read back ok");
        }
    }

    @Override
    public String topic() {
        return Topics.RECIPE_DOWNLOAD_RESULTS;
    }

    /** The equipment id. */
    @Override
    public String kafkaKey() {
        return equipment.equipmentId();
    }
}
