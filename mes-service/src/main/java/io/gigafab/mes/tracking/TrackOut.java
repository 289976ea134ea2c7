package io.gigafab.mes.tracking;

import io.gigafab.events.unit.TrackOutResult;
import java.util.List;
import java.util.Map;

/**
 * A track-out: the operation in progress ends with a result.
 *
 * @param result PASS, FAIL (the unit is scrapped; name at least one defect code) or REWORK (the
 *     unit repeats the operation)
 * @param defectCodes codes from the defect catalogue
 * @param keyValues measured key values, e.g. capacity_ah, dcir_mohm, k_value_mv_per_day, ocv_v
 */
public record TrackOut(
        TrackOutResult result, List<String> defectCodes, Map<String, Double> keyValues) {}
