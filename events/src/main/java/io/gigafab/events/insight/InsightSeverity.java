package io.gigafab.events.insight;

/** How urgently a process engineer should look at an insight. */
public enum InsightSeverity {
    INFO,
    WARNING,
    CRITICAL
}
