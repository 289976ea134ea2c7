package io.gigafab.analytics.spc;

/**
 * One judged point of a control chart.
 *
 * @param value the value
 * @param centre the centre line (NaN during phase I)
 * @param ucl upper control limit, centre + 3σ
 * @param lcl lower control limit, centre − 3σ
 * @param ewma the EWMA after this point
 * @param ewmaUcl upper limit of the EWMA
 * @param ewmaLcl lower limit of the EWMA
 * @param z distance from the centre in σ
 * @param rule the Western Electric rule violated (1–4), 0 for none
 */
public record ChartPoint(
        double value,
        double centre,
        double ucl,
        double lcl,
        double ewma,
        double ewmaUcl,
        double ewmaLcl,
        double z,
        int rule) {

    public boolean ewmaOutside() {
        return ewma > ewmaUcl || ewma < ewmaLcl;
    }
}
