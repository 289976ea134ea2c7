package io.gigafab.mes.recipe;

import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.mes.kafka.MessageHandler;
import io.gigafab.mes.kafka.TopicListeners;
import io.gigafab.mes.kafka.UnusableMessage;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/** Records the gateway's answers to recipe downloads ({@value Topics#RECIPE_DOWNLOAD_RESULTS}). */
@ApplicationScoped
public class DownloadResults implements MessageHandler<RecipeDownloadResult> {

    static final String ACTOR = "system:recipe-download-results";
    private static final Logger LOG = Logger.getLogger(DownloadResults.class);

    private final EntityManager entityManager;
    private final AuditTrail audit;

    DownloadResults(EntityManager entityManager, AuditTrail audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    void listen(@Observes StartupEvent event, TopicListeners listeners) {
        listeners.listen(
                "recipe-download-results",
                Topics.RECIPE_DOWNLOAD_RESULTS,
                RecipeDownloadResult.class,
                this);
    }

    @Override
    public String messageId(RecipeDownloadResult result) {
        return result.downloadId() + "/" + result.status();
    }

    @Override
    public void apply(RecipeDownloadResult result) {
        DownloadRequest row = entityManager.find(DownloadRequest.class, result.downloadId());
        if (row == null) {
            throw new UnusableMessage("the MES never requested download " + result.downloadId());
        }
        if (!row.equipmentId.equals(result.equipment().equipmentId())) {
            throw new UnusableMessage(
                    "download "
                            + row.id
                            + " went to "
                            + row.equipmentId
                            + ", not to "
                            + result.equipment().equipmentId());
        }
        if (!DownloadRequest.REQUESTED.equals(row.status)) {
            LOG.infof(
                    "Download %s already answered %s; %s ignored",
                    row.id, row.status, result.status());
            return;
        }
        DownloadView before = DownloadView.of(row);
        row.status = result.status().name();
        row.completedAt = result.completedAt();
        row.message = result.message();
        row.readBacks = EventJson.toJson(result.setpoints());
        entityManager.flush();
        audit.record(
                ACTOR,
                "RECIPE_DOWNLOAD_" + row.status,
                "recipe_download",
                row.id.toString(),
                before,
                DownloadView.of(row));
    }
}
