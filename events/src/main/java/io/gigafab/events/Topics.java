package io.gigafab.events;

import io.gigafab.events.equipment.EquipmentEvent;
import io.gigafab.events.insight.YieldInsight;
import io.gigafab.events.measurement.MeasurementBatch;
import io.gigafab.events.recipe.RecipeDownload;
import io.gigafab.events.recipe.RecipeDownloadResult;
import io.gigafab.events.unit.UnitEvent;
import java.util.List;
import java.util.Map;

/**
 * Names of the Kafka topics shared by all Gigafab services and the payload type each carries.
 *
 * <p>The {@code .v1} suffix is the contract version: within v1 only additive changes are allowed
 * (new optional fields, new event types); a breaking change gets a new {@code .v2} topic.
 */
public final class Topics {

    /** Process values sampled at the equipment, batched by the OPC UA gateway. */
    public static final String MEASUREMENTS = "gigafab.measurements.v1";

    /** Machine state changes, alarms and job results reported by the OPC UA gateway. */
    public static final String EQUIPMENT_EVENTS = "gigafab.equipment-events.v1";

    /**
     * Track-in/out, consumption, grading, holds and scrap of lots, rolls and cells from the MES.
     */
    public static final String UNIT_EVENTS = "gigafab.unit-events.v1";

    /** Yield dips, SPC signals, correlations and suggested actions from yield analytics. */
    public static final String YIELD_INSIGHTS = "gigafab.yield-insights.v1";

    /** Recipe setpoints the MES asks the gateway to write down to one piece of equipment. */
    public static final String RECIPE_DOWNLOADS = "gigafab.recipe-downloads.v1";

    /** The gateway's answer to a recipe download, with the read-back of every setpoint. */
    public static final String RECIPE_DOWNLOAD_RESULTS = "gigafab.recipe-download-results.v1";

    /** Every topic, in data-flow order. */
    public static final List<String> ALL =
            List.of(
                    MEASUREMENTS,
                    EQUIPMENT_EVENTS,
                    UNIT_EVENTS,
                    YIELD_INSIGHTS,
                    RECIPE_DOWNLOADS,
                    RECIPE_DOWNLOAD_RESULTS);

    private static final Map<String, Class<?>> PAYLOADS =
            Map.of(
                    MEASUREMENTS, MeasurementBatch.class,
                    EQUIPMENT_EVENTS, EquipmentEvent.class,
                    UNIT_EVENTS, UnitEvent.class,
                    YIELD_INSIGHTS, YieldInsight.class,
                    RECIPE_DOWNLOADS, RecipeDownload.class,
                    RECIPE_DOWNLOAD_RESULTS, RecipeDownloadResult.class);

    private Topics() {}

    /**
     * The Java type of the messages on a topic (the type to give a {@code JsonDeserializer}).
     *
     * @throws IllegalArgumentException if the topic is not a Gigafab topic
     */
    public static Class<?> payloadType(String topic) {
        Class<?> type = PAYLOADS.get(topic);
        if (type == null) {
            throw new IllegalArgumentException("not a Gigafab topic: " + topic);
        }
        return type;
    }
}
