package io.gigafab.mes.insight;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the MES does by itself with the suggestions of yield analytics. */
@ConfigMapping(prefix = "gigafab.insights")
public interface InsightConfig {

    AutoHold autoHold();

    RecipeDrafts recipeDrafts();

    /** Evidence thresholds; a suggestion below them is stored OPEN and nothing is done. */
    interface AutoHold {

        /** Whether a HOLD suggestion with enough evidence places the hold. */
        @WithDefault("true")
        boolean enabled();

        /** The insight's confidence (0..1) must be at least this. */
        @WithDefault("0.9")
        double minConfidence();

        /** The largest sample size among the evidence must be at least this. */
        @WithDefault("100")
        int minSampleSize();
    }

    interface RecipeDrafts {

        /** Whether a RECIPE_CHANGE suggestion with enough evidence becomes a DRAFT version. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Without a suggested target, the target moves this fraction of the way to the spec limit
         * in the suggested direction.
         */
        @WithDefault("0.25")
        double stepFraction();
    }
}
