package io.gigafab.mes.recipe;

import io.gigafab.events.EventJson;
import io.gigafab.events.recipe.SetpointReadBack;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A recipe download as the API shows it, with the gateway's read-backs once it answered. */
public record DownloadView(
        UUID id,
        String equipmentId,
        String recipeId,
        int recipeVersion,
        String requestedBy,
        Instant requestedAt,
        String status,
        Instant completedAt,
        String message,
        List<SetpointReadBack> readBacks) {

    static DownloadView of(DownloadRequest row) {
        List<SetpointReadBack> readBacks =
                row.readBacks == null
                        ? List.of()
                        : Arrays.asList(
                                EventJson.fromJson(row.readBacks, SetpointReadBack[].class));
        return new DownloadView(
                row.id,
                row.equipmentId,
                row.recipeId,
                row.recipeVersion,
                row.requestedBy,
                row.requestedAt,
                row.status,
                row.completedAt,
                row.message,
                readBacks);
    }
}
