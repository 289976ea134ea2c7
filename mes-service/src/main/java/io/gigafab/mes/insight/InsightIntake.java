package io.gigafab.mes.insight;

import io.gigafab.events.EventJson;
import io.gigafab.events.Topics;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.mes.audit.AuditTrail;
import io.gigafab.mes.kafka.MessageHandler;
import io.gigafab.mes.kafka.TopicListeners;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Receives yield insights ({@value Topics#YIELD_INSIGHTS}): stores each once (a duplicate insight
 * id is ignored), then acts on it in a transaction of its own, so a failed action leaves the
 * insight OPEN with the reason instead of losing it.
 */
@ApplicationScoped
public class InsightIntake implements MessageHandler<YieldInsight> {

    static final String ACTOR = "system:yield-insights";

    private final InsightRepository insights;
    private final InsightActions actions;
    private final AuditTrail audit;

    InsightIntake(InsightRepository insights, InsightActions actions, AuditTrail audit) {
        this.insights = insights;
        this.actions = actions;
        this.audit = audit;
    }

    void listen(@Observes StartupEvent event, TopicListeners listeners) {
        listeners.listen("yield-insights", Topics.YIELD_INSIGHTS, YieldInsight.class, this);
    }

    @Override
    public String messageId(YieldInsight insight) {
        return insight.insightId().toString();
    }

    @Override
    public void apply(YieldInsight message) {
        if (insights.findById(message.insightId()) != null) {
            return;
        }
        Insight row = new Insight();
        row.id = message.insightId();
        row.createdAt = message.createdAt();
        row.receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        row.kind = message.kind().name();
        row.severity = message.severity().name();
        row.lineId = message.scope().line();
        row.title = message.title();
        row.confidence = message.confidence();
        row.body = EventJson.toJson(message);
        row.status = Insight.Status.OPEN;
        insights.persist(row);
        audit.record(
                ACTOR,
                "INSIGHT_RECEIVED",
                "yield_insight",
                row.id.toString(),
                null,
                InsightView.of(row));
    }

    @Override
    public void afterCommit(YieldInsight message) {
        actions.actOn(message.insightId());
    }
}
