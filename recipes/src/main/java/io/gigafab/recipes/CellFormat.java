package io.gigafab.recipes;

/** Mechanical cell format. */
public enum CellFormat {
    PRISMATIC,
    POUCH,
    CYLINDRICAL
}
