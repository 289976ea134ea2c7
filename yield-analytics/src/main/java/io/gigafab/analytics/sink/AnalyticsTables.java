package io.gigafab.analytics.sink;

import io.gigafab.analytics.genealogy.CorrelationRow;
import io.gigafab.analytics.source.ProcessValue;
import io.gigafab.analytics.spc.ChartPoint;
import io.gigafab.analytics.spc.SpcPoint;
import io.gigafab.analytics.yield.YieldWindow;
import java.util.List;
import java.util.Map;

/** The tables of migration V9_1 (owned by the MES) and how the job's records fill them. */
public final class AnalyticsTables {

    private AnalyticsTables() {}

    public static final CopyTable<ProcessValue> MEASUREMENTS =
            new CopyTable<>() {
                @Override
                public String table() {
                    return "analytics_measurement";
                }

                @Override
                public List<String> columns() {
                    return List.of(
                            "sampled_at",
                            "equipment_id",
                            "tag",
                            "line_id",
                            "value",
                            "unit",
                            "roll_id",
                            "position_m",
                            "cell_id",
                            "recipe_id",
                            "recipe_version");
                }

                @Override
                public List<String> key() {
                    return List.of("equipment_id", "tag", "sampled_at");
                }

                @Override
                public boolean overwrite() {
                    return false;
                }

                @Override
                public void write(ProcessValue v, CopyLine line) {
                    line.time(v.sampledAtMillis()).text(v.equipmentId()).text(v.tag());
                    line.text(v.line()).number(v.value()).text(v.unit()).text(v.rollId());
                    line.number(v.positionM()).text(v.cellId()).text(v.recipeId());
                    line.optionalInteger(v.recipeVersion());
                }
            };

    public static final CopyTable<SpcPoint> SPC_POINTS =
            new CopyTable<>() {
                @Override
                public String table() {
                    return "analytics_spc_point";
                }

                @Override
                public List<String> columns() {
                    return List.of(
                            "sampled_at",
                            "equipment_id",
                            "tag",
                            "line_id",
                            "recipe_id",
                            "recipe_version",
                            "value",
                            "centre",
                            "ucl",
                            "lcl",
                            "ewma",
                            "ewma_ucl",
                            "ewma_lcl",
                            "rule_violated",
                            "cp",
                            "cpk");
                }

                @Override
                public List<String> key() {
                    return List.of("equipment_id", "tag", "sampled_at");
                }

                @Override
                public boolean overwrite() {
                    return false;
                }

                @Override
                public void write(SpcPoint s, CopyLine line) {
                    ChartPoint p = s.point();
                    line.time(s.sampledAtMillis()).text(s.equipmentId()).text(s.tag());
                    line.text(s.line()).text(s.recipeId()).optionalInteger(s.recipeVersion());
                    line.number(p.value()).number(p.centre()).number(p.ucl()).number(p.lcl());
                    line.number(p.ewma()).number(p.ewmaUcl()).number(p.ewmaLcl());
                    line.optionalInteger(p.rule()).number(s.cp()).number(s.cpk());
                }
            };

    public static final CopyTable<YieldWindow> YIELD_WINDOWS =
            new CopyTable<>() {
                @Override
                public String table() {
                    return "analytics_yield_window";
                }

                @Override
                public List<String> columns() {
                    return List.of(
                            "window_start",
                            "window_end",
                            "window_kind",
                            "dimension",
                            "scope",
                            "line_id",
                            "passed",
                            "failed",
                            "reworked",
                            "first_pass_yield",
                            "scrap_rate",
                            "rolled_throughput_yield",
                            "defect_pareto");
                }

                @Override
                public List<String> key() {
                    return List.of(
                            "window_kind", "dimension", "scope", "window_start", "window_end");
                }

                @Override
                public boolean overwrite() {
                    return true;
                }

                @Override
                public void write(YieldWindow w, CopyLine line) {
                    line.time(w.windowStartMillis()).time(w.windowEndMillis());
                    line.text(w.windowKind()).text(w.dimension()).text(w.scope()).text(w.line());
                    line.integer(w.count().passed()).integer(w.count().failed());
                    line.integer(w.count().reworked()).number(w.count().firstPassYield());
                    line.number(w.count().scrapRate()).number(w.rolledThroughputYield());
                    line.text(json(w.pareto()));
                }
            };

    public static final CopyTable<CorrelationRow> CORRELATIONS =
            new CopyTable<>() {
                @Override
                public String table() {
                    return "analytics_correlation";
                }

                @Override
                public List<String> columns() {
                    return List.of(
                            "evaluated_at",
                            "roll_id",
                            "tag",
                            "line_id",
                            "equipment_id",
                            "recipe_id",
                            "recipe_version",
                            "cells",
                            "failing_cells",
                            "r",
                            "r_confidence",
                            "interval_start_m",
                            "interval_end_m",
                            "cells_inside",
                            "failing_inside",
                            "lift",
                            "interval_confidence");
                }

                @Override
                public List<String> key() {
                    return List.of("roll_id", "tag", "evaluated_at");
                }

                @Override
                public boolean overwrite() {
                    return true;
                }

                @Override
                public void write(CorrelationRow c, CopyLine line) {
                    line.time(c.evaluatedAtMillis()).text(c.rollId()).text(c.tag());
                    line.text(c.line()).text(c.equipmentId()).text(c.recipeId());
                    line.optionalInteger(c.recipeVersion()).integer(c.cells());
                    line.integer(c.failingCells()).number(c.r()).number(c.rConfidence());
                    line.number(c.intervalStartM()).number(c.intervalEndM());
                    line.integer(c.cellsInside()).integer(c.failingInside());
                    line.number(c.lift()).number(c.intervalConfidence());
                }
            };

    /** A flat JSON object of defect code to count. */
    static String json(Map<String, Long> pareto) {
        StringBuilder json = new StringBuilder("{");
        pareto.forEach(
                (code, count) -> {
                    if (json.length() > 1) {
                        json.append(',');
                    }
                    json.append('"')
                            .append(code.replace("\\", "\\\\").replace("\"", "\\\""))
                            .append("\":")
                            .append(count);
                });
        return json.append('}').toString();
    }
}
