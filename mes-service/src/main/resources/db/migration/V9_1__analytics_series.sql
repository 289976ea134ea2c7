-- Series written by the yield-analytics Flink job (see yield-analytics/README.md). The MES owns
-- the schema; the job only inserts, with COPY into a staging table and INSERT ... ON CONFLICT on
-- each table's key, so a replay after a failure never doubles a row.
-- Time-series tables are hypertables with TimescaleDB and monthly range partitions without it.

-- Raw numeric process values from the gateway, one row per sample. Roll-stamped values (coating,
-- calendering) are queried by roll and position: analytics_measurement_roll.
do $$
declare
    columns text := '
        sampled_at     timestamptz not null,
        equipment_id   text not null,
        tag            text not null,
        line_id        text not null,
        value          double precision not null,
        unit           text,
        roll_id        text,
        position_m     double precision,
        cell_id        text,
        recipe_id      text,
        recipe_version integer,
        primary key (equipment_id, tag, sampled_at)';
begin
    if gigafab_timescale_available() then
        execute format('create table analytics_measurement (%s)', columns);
    else
        execute format('create table analytics_measurement (%s) partition by range (sampled_at)', columns);
    end if;
    perform gigafab_time_partitioned('analytics_measurement', 'sampled_at');
end $$;
create index analytics_measurement_roll on analytics_measurement (roll_id, position_m)
    where roll_id is not null;
create index analytics_measurement_cell on analytics_measurement (cell_id) where cell_id is not null;

-- One point of an SPC chart (individuals + EWMA) per value and chart: machine, recipe version, tag.
-- centre/ucl/lcl/ewma* are null during the chart's phase I (its first points, which set the
-- limits); rule_violated is the Western Electric rule (1-4) the point breaks, null for none;
-- cp/cpk are computed over all points so far against the recipe's spec limits (null without them).
do $$
declare
    columns text := '
        sampled_at     timestamptz not null,
        equipment_id   text not null,
        tag            text not null,
        line_id        text not null,
        recipe_id      text,
        recipe_version integer,
        value          double precision not null,
        centre         double precision,
        ucl            double precision,
        lcl            double precision,
        ewma           double precision,
        ewma_ucl       double precision,
        ewma_lcl       double precision,
        rule_violated  smallint check (rule_violated between 1 and 4),
        cp             double precision,
        cpk            double precision,
        primary key (equipment_id, tag, sampled_at)';
begin
    if gigafab_timescale_available() then
        execute format('create table analytics_spc_point (%s)', columns);
    else
        execute format('create table analytics_spc_point (%s) partition by range (sampled_at)', columns);
    end if;
    perform gigafab_time_partitioned('analytics_spc_point', 'sampled_at');
end $$;
create index analytics_spc_point_chart
    on analytics_spc_point (equipment_id, recipe_id, recipe_version, tag, sampled_at);

-- First-pass yield, scrap rate, rolled throughput yield and defect Pareto of one scope over one
-- event-time window. window_kind TUMBLING or SLIDING; dimension OPERATION, EQUIPMENT, LINE,
-- RECIPE or SHIFT; scope e.g. 'L1 STACKING', 'gf1/assembly/L1/STACK-01 STACKING', 'L1',
-- 'LFP-280P-STACKING v1', 'L1 2026-11-20 EARLY'. defect_pareto: {"code": count}, top 5.
do $$
declare
    columns text := '
        window_start            timestamptz not null,
        window_end              timestamptz not null,
        window_kind             text not null check (window_kind in (''TUMBLING'', ''SLIDING'')),
        dimension               text not null,
        scope                   text not null,
        line_id                 text not null,
        passed                  bigint not null,
        failed                  bigint not null,
        reworked                bigint not null,
        first_pass_yield        double precision,
        scrap_rate              double precision,
        rolled_throughput_yield double precision,
        defect_pareto           jsonb not null default ''{}'',
        primary key (window_kind, dimension, scope, window_start, window_end)';
begin
    if gigafab_timescale_available() then
        execute format('create table analytics_yield_window (%s)', columns);
    else
        execute format('create table analytics_yield_window (%s) partition by range (window_start)', columns);
    end if;
    perform gigafab_time_partitioned('analytics_yield_window', 'window_start');
end $$;
create index analytics_yield_window_line on analytics_yield_window (line_id, window_start);

-- Each evaluation of a roll-stamped tag against the outcome of the cells made from that roll:
-- point-biserial r of the value over each cell's metres with the cell failing or being
-- downgraded, and the strongest deviating metre interval with the failure-rate lift of its cells.
create table analytics_correlation (
    evaluated_at        timestamptz not null,
    roll_id             text not null,
    tag                 text not null,
    line_id             text,
    equipment_id        text,
    recipe_id           text,
    recipe_version      integer,
    cells               integer not null,
    failing_cells       integer not null,
    r                   double precision,
    r_confidence        double precision,
    interval_start_m    double precision,
    interval_end_m      double precision,
    cells_inside        integer not null,
    failing_inside      integer not null,
    lift                double precision,
    interval_confidence double precision,
    primary key (roll_id, tag, evaluated_at)
);
