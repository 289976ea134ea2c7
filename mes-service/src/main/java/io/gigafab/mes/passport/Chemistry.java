package io.gigafab.mes.passport;

import java.util.List;
import java.util.Locale;

/** Per-cell voltage window and hazardous substances of a cell chemistry. */
enum Chemistry {
    LFP(
            2.5,
            3.65,
            List.of(
                    new Passport.HazardousSubstance(
                            "Lithium hexafluorophosphate (LiPF6) in the electrolyte",
                            "Acute toxicity; forms hydrogen fluoride with moisture"),
                    new Passport.HazardousSubstance(
                            "Organic carbonate solvents", "Flammable liquid"))),
    NMC811(
            3.0,
            4.2,
            List.of(
                    new Passport.HazardousSubstance(
                            "Lithium hexafluorophosphate (LiPF6) in the electrolyte",
                            "Acute toxicity; forms hydrogen fluoride with moisture"),
                    new Passport.HazardousSubstance(
                            "Nickel compounds in the cathode", "Carcinogenic, skin sensitiser"),
                    new Passport.HazardousSubstance(
                            "Cobalt compounds in the cathode", "Carcinogenic"),
                    new Passport.HazardousSubstance(
                            "Organic carbonate solvents", "Flammable liquid"))),
    NA_ION(
            1.5,
            3.9,
            List.of(
                    new Passport.HazardousSubstance(
                            "Sodium hexafluorophosphate (NaPF6) in the electrolyte",
                            "Acute toxicity; forms hydrogen fluoride with moisture"),
                    new Passport.HazardousSubstance(
                            "Organic carbonate solvents", "Flammable liquid")));

    final double minCellVoltage;
    final double maxCellVoltage;
    final List<Passport.HazardousSubstance> hazardousSubstances;

    Chemistry(double min, double max, List<Passport.HazardousSubstance> hazardous) {
        this.minCellVoltage = min;
        this.maxCellVoltage = max;
        this.hazardousSubstances = hazardous;
    }

    static Chemistry of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("No passport data for chemistry " + name, e);
        }
    }
}
