-- TimescaleDB policies for time-series tables: native compression of old chunks and, where data
-- may expire (raw process values, never MES records), retention. Without TimescaleDB these are
-- no-ops; plain partitions are detached/dropped by plant IT's own housekeeping.
create or replace function gigafab_time_policies(p_table text, p_segment_by text,
                                                 p_compress_after interval,
                                                 p_retain interval default null)
returns void language plpgsql as $$
begin
    if not gigafab_timescale_available() then
        return;
    end if;
    execute format('alter table %I set (timescaledb.compress, timescaledb.compress_segmentby = %L)',
                   p_table, p_segment_by);
    perform add_compression_policy(p_table, p_compress_after);
    if p_retain is not null then
        perform add_retention_policy(p_table, p_retain);
    end if;
end $$;

-- Operation runs are traceability records: compressed after 30 days, kept for good.
select gigafab_time_policies('operation_run', 'line_id', interval '30 days');
