package io.gigafab.events.measurement;

import io.gigafab.events.Require;

/**
 * What was being produced when a value was sampled, read by the gateway from the equipment's
 * context nodes. Every field is optional: a coater knows order, lot, roll and position; a formation
 * channel knows cell, tray and channel. This is what ties a process value to the exact roll metre
 * or cell it belongs to.
 *
 * @param orderId the production order
 * @param lotId the production lot (e.g. the slurry or electrode lot)
 * @param rollId the electrode roll being processed
 * @param positionM the position along that roll in metres, &ge; 0
 * @param cellId the cell being processed
 * @param trayId the formation/aging tray holding the cell
 * @param channel the formation cycler channel, &ge; 0
 * @param recipeId the recipe running on the equipment
 * @param recipeVersion the version of that recipe, &ge; 1
 */
public record ProductionContext(
        String orderId,
        String lotId,
        String rollId,
        Double positionM,
        String cellId,
        String trayId,
        Integer channel,
        String recipeId,
        Integer recipeVersion) {

    public ProductionContext {
        Require.optionalText(orderId, "ProductionContext.orderId");
        Require.optionalText(lotId, "ProductionContext.lotId");
        Require.optionalText(rollId, "ProductionContext.rollId");
        if (positionM != null) {
            Require.nonNegative(positionM, "ProductionContext.positionM");
        }
        Require.optionalText(cellId, "ProductionContext.cellId");
        Require.optionalText(trayId, "ProductionContext.trayId");
        if (channel != null) {
            Require.atLeast(channel, 0, "ProductionContext.channel");
        }
        Require.optionalText(recipeId, "ProductionContext.recipeId");
        Require.optionalVersion(recipeVersion, "ProductionContext.recipeVersion");
    }

    /** A builder, since most samples fill only a few of the fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ProductionContext} field by field. */
    public static final class Builder {
        private String orderId;
        private String lotId;
        private String rollId;
        private Double positionM;
        private String cellId;
        private String trayId;
        private Integer channel;
        private String recipeId;
        private Integer recipeVersion;

        private Builder() {}

        public Builder orderId(String value) {
            orderId = value;
            return this;
        }

        public Builder lotId(String value) {
            lotId = value;
            return this;
        }

        /** The roll and the position on it in metres. */
        public Builder roll(String id, double positionMetres) {
            rollId = id;
            positionM = positionMetres;
            return this;
        }

        public Builder cellId(String value) {
            cellId = value;
            return this;
        }

        /** The formation tray and channel. */
        public Builder trayChannel(String tray, int channelNumber) {
            trayId = tray;
            channel = channelNumber;
            return this;
        }

        public Builder recipe(String id, int version) {
            recipeId = id;
            recipeVersion = version;
            return this;
        }

        public ProductionContext build() {
            return new ProductionContext(
                    orderId,
                    lotId,
                    rollId,
                    positionM,
                    cellId,
                    trayId,
                    channel,
                    recipeId,
                    recipeVersion);
        }
    }
}
