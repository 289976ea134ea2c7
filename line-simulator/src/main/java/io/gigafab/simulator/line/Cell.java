package io.gigafab.simulator.line;

import java.util.ArrayList;
import java.util.List;

/**
 * One cell as it moves down the simulated line, carrying its genealogy (the roll metres its sheets
 * came from) and what every station measured. A cell that is rejected stops where it failed.
 */
public final class Cell {

    private final String id;
    private final double builtAtS;
    private final SheetSource cathode;
    private final SheetSource anode;
    private final List<String> defects = new ArrayList<>();
    private String rejectedBy;
    double alignmentOffsetMm;
    double overhangMm;
    double insulationMOhm;
    double electrolyteMassG;
    double dewPointC;
    double capacityAh = Double.NaN;
    double coulombicEfficiency = Double.NaN;
    double ocvStartV = Double.NaN;
    double ocvEndV = Double.NaN;
    double kValueMvPerDay = Double.NaN;
    double dcirMOhm = Double.NaN;
    String grade;

    Cell(String id, double builtAtS, SheetSource cathode, SheetSource anode) {
        this.id = id;
        this.builtAtS = builtAtS;
        this.cathode = cathode;
        this.anode = anode;
    }

    void reject(String equipmentId, String defectCode) {
        defects.add(defectCode);
        rejectedBy = equipmentId;
    }

    public String id() {
        return id;
    }

    public double builtAtS() {
        return builtAtS;
    }

    public SheetSource cathode() {
        return cathode;
    }

    public SheetSource anode() {
        return anode;
    }

    public boolean rejected() {
        return rejectedBy != null;
    }

    /** The machine that rejected the cell, or null. */
    public String rejectedBy() {
        return rejectedBy;
    }

    public List<String> defects() {
        return List.copyOf(defects);
    }

    public double alignmentOffsetMm() {
        return alignmentOffsetMm;
    }

    public double overhangMm() {
        return overhangMm;
    }

    public double insulationMOhm() {
        return insulationMOhm;
    }

    public double electrolyteMassG() {
        return electrolyteMassG;
    }

    public double capacityAh() {
        return capacityAh;
    }

    public double coulombicEfficiency() {
        return coulombicEfficiency;
    }

    public double kValueMvPerDay() {
        return kValueMvPerDay;
    }

    public double dcirMOhm() {
        return dcirMOhm;
    }

    public double ocvEndV() {
        return ocvEndV;
    }

    /** The grade bin (A, B, C…), SCRAP, or null while the cell is not graded. */
    public String grade() {
        return grade;
    }
}
