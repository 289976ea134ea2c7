package io.gigafab.mes.quality;

import io.gigafab.events.unit.HoldDisposition;

/**
 * The quality decision that ends a hold.
 *
 * @param disposition RELEASE (use as is), SCRAP, REWORK (repeat the last step) or DOWNGRADE (cells
 *     take the lowest grade of their grade table)
 * @param note why
 */
public record ReleaseHold(HoldDisposition disposition, String note) {}
