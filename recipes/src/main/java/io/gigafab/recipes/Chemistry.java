package io.gigafab.recipes;

/**
 * Cell chemistries with the facts recipes are checked against: the cell voltage window and, per
 * electrode, the calendered density and areal loading (coat weight per side) ranges. Values follow
 * {@code DOMAIN.md}; the sodium-ion cathode ranges (layered oxide) are an assumption of this
 * module.
 */
public enum Chemistry {
    LFP(
            "LiFePO4 / graphite",
            new Range(2.5, 3.65),
            new ElectrodeFacts(new Range(2.2, 2.5), new Range(20, 30)),
            new ElectrodeFacts(new Range(1.5, 1.7), new Range(10, 15))),
    NMC811(
            "LiNi0.8Mn0.1Co0.1O2 / graphite(+Si)",
            new Range(2.8, 4.2),
            new ElectrodeFacts(new Range(3.4, 3.7), new Range(20, 26)),
            new ElectrodeFacts(new Range(1.5, 1.7), new Range(10, 15))),
    NA_ION(
            "sodium layered oxide / hard carbon",
            new Range(1.5, 3.95),
            new ElectrodeFacts(new Range(2.8, 3.4), new Range(15, 25)),
            new ElectrodeFacts(new Range(0.9, 1.1), new Range(8, 11)));

    /** Calendered density (g/cm3) and areal loading per side (mg/cm2) of one electrode. */
    public record ElectrodeFacts(Range densityGPerCm3, Range loadingMgPerCm2) {}

    private final String materials;
    private final Range voltageWindowV;
    private final ElectrodeFacts cathode;
    private final ElectrodeFacts anode;

    Chemistry(
            String materials, Range voltageWindowV, ElectrodeFacts cathode, ElectrodeFacts anode) {
        this.materials = materials;
        this.voltageWindowV = voltageWindowV;
        this.cathode = cathode;
        this.anode = anode;
    }

    /** Cathode / anode active materials, for people. */
    public String materials() {
        return materials;
    }

    /** Allowed cell voltage in V: no charge or discharge step may leave it. */
    public Range voltageWindowV() {
        return voltageWindowV;
    }

    public ElectrodeFacts electrode(Electrode side) {
        return side == Electrode.CATHODE ? cathode : anode;
    }
}
