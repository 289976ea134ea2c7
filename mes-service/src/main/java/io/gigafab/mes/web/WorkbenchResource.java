package io.gigafab.mes.web;

import io.gigafab.mes.api.Instants;
import io.gigafab.mes.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * Read-only views the yield workbench draws: the FPY/scrap trend over time buckets and the roll
 * map. (SPC points and coating values per roll metre come from the analytics tables; see the ui-web
 * README for their contract.)
 */
@Path("/api/workbench")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ENGINEER, Roles.QUALITY, Roles.AUDITOR, Roles.ADMIN, Roles.OPERATOR})
public class WorkbenchResource {

    private final YieldTrend trend;
    private final RollMap rollMap;
    private final DefectPareto pareto;
    private final ProcessCharts charts;

    public WorkbenchResource(
            YieldTrend trend, RollMap rollMap, DefectPareto pareto, ProcessCharts charts) {
        this.trend = trend;
        this.rollMap = rollMap;
        this.pareto = pareto;
        this.charts = charts;
    }

    /** SPC points of a machine's process value with limits and rule violations (analytics). */
    @GET
    @Path("/spc")
    public ProcessCharts.SpcChart spc(
            @QueryParam("equipmentId") String equipmentId,
            @QueryParam("tag") String tag,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        if (blankToNull(equipmentId) == null || blankToNull(tag) == null) {
            throw new IllegalArgumentException("equipmentId and tag are required");
        }
        return charts.spc(
                equipmentId, tag, Instants.required(from, "from"), Instants.required(to, "to"));
    }

    /** The SPC charts with points in [from, to), most rule violations first (analytics). */
    @GET
    @Path("/spc-charts")
    public List<ProcessCharts.SpcSeries> spcCharts(
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return charts.spcSeries(Instants.required(from, "from"), Instants.required(to, "to"));
    }

    /** Process values (coat weight, thickness…) along a roll's metre axis (analytics). */
    @GET
    @Path("/rolls/{rollId}/coating")
    public ProcessCharts.RollValues coating(@PathParam("rollId") String rollId) {
        return charts.rollValues(rollId);
    }

    /** Defect codes recorded at track-out over [from, to), most frequent first. */
    @GET
    @Path("/defect-pareto")
    public List<DefectPareto.Bar> defectPareto(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("line") String line) {
        return pareto.of(
                Instants.required(from, "from"), Instants.required(to, "to"), blankToNull(line));
    }

    /**
     * FPY, scrap rate and grade-A yield per bucket (ten_minutes, hour, shift, day, week) over
     * [from, to).
     */
    @GET
    @Path("/fpy-trend")
    public List<YieldTrend.Point> fpyTrend(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("bucket") String bucket,
            @QueryParam("line") String line,
            @QueryParam("operation") String operation,
            @QueryParam("equipment") String equipment,
            @QueryParam("recipe") String recipe,
            @QueryParam("version") Integer version) {
        return trend.of(
                Instants.required(from, "from"),
                Instants.required(to, "to"),
                bucket(bucket),
                new YieldTrend.Filter(
                        blankToNull(line),
                        blankToNull(operation),
                        blankToNull(equipment),
                        blankToNull(recipe),
                        version));
    }

    @GET
    @Path("/rolls/{rollId}/map")
    public RollMap.View rollMap(@PathParam("rollId") String rollId) {
        return rollMap.of(rollId);
    }

    private static YieldTrend.Bucket bucket(String text) {
        if (text == null || text.isBlank()) {
            return YieldTrend.Bucket.HOUR;
        }
        try {
            return YieldTrend.Bucket.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "bucket must be one of ten_minutes, hour, shift, day, week, got " + text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
