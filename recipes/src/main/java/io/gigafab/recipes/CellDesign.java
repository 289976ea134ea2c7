package io.gigafab.recipes;

/** The product a recipe makes: a cell design such as LFP-280P. */
public record CellDesign(
        String designId,
        Chemistry chemistry,
        CellFormat format,
        Double nominalCapacityAh,
        Double nominalVoltageV) {}
