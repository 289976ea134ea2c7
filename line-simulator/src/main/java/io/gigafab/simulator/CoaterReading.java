package io.gigafab.simulator;

import java.util.List;

/**
 * What a coater's sensors show at one instant.
 *
 * @param motherRollId the mother roll being coated
 * @param positionM position on that roll in metres from its start
 * @param webSpeed web speed in m/min
 * @param coatWeight areal mass loading in mg/cm²
 * @param wetThickness wet film thickness in µm
 * @param dryerZoneTemps dryer zone temperatures in °C, zone 1 first
 * @param residualMoisture residual solvent/moisture in ppm
 * @param state the MachineryItemState
 * @param mode the MachineryOperationMode
 */
public record CoaterReading(
        String motherRollId,
        double positionM,
        double webSpeed,
        double coatWeight,
        double wetThickness,
        List<Double> dryerZoneTemps,
        double residualMoisture,
        MachineryItemState state,
        MachineryOperationMode mode) {

    public CoaterReading {
        dryerZoneTemps = List.copyOf(dryerZoneTemps);
    }
}
