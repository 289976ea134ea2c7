package io.gigafab.analytics;

import io.gigafab.analytics.genealogy.CorrelationRow;
import io.gigafab.analytics.source.ProcessValue;
import io.gigafab.analytics.spc.SpcPoint;
import io.gigafab.analytics.yield.YieldWindow;
import io.gigafab.events.insight.YieldInsight;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * Where the job's results go: insights to Kafka, the series to PostgreSQL (or, in tests, wherever
 * the caller wants).
 */
public record AnalyticsSinks(
        Sink<YieldInsight> insights,
        Sink<ProcessValue> measurements,
        Sink<SpcPoint> spcPoints,
        Sink<YieldWindow> yieldWindows,
        Sink<CorrelationRow> correlations) {}
