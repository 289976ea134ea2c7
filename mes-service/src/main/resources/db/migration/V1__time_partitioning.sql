-- Time-series tables of the MES (operation runs, equipment events) are TimescaleDB hypertables
-- when the extension is preloaded on the server, and native PostgreSQL range partitions by month
-- otherwise. Queries are the same on both; these two functions hide the difference.

create or replace function gigafab_timescale_available() returns boolean
language sql stable as $$
    select exists (select 1 from pg_available_extensions where name = 'timescaledb')
       and current_setting('shared_preload_libraries', true) like '%timescaledb%'
$$;

-- Turns a freshly created table (declared with PARTITION BY RANGE (time_column) when TimescaleDB
-- is absent) into a hypertable, or gives it a default partition and monthly partitions around now.
create or replace function gigafab_time_partitioned(p_table text, p_time_column text)
returns void language plpgsql as $$
begin
    if gigafab_timescale_available() then
        execute 'create extension if not exists timescaledb';
        execute format('select create_hypertable(%L, %L, chunk_time_interval => interval %L)',
                       p_table, p_time_column, '7 days');
    else
        execute format('create table if not exists %I partition of %I default',
                       p_table || '_default', p_table);
        perform gigafab_ensure_month_partitions(p_table, (now() - interval '1 month')::date,
                                                (now() + interval '3 months')::date);
    end if;
end $$;

-- Creates the monthly partitions covering [p_from, p_to] that do not exist yet. A no-op for
-- hypertables (TimescaleDB creates chunks itself). Called by the scheduled partition maintenance
-- and by data loads that write history.
create or replace function gigafab_ensure_month_partitions(p_table text, p_from date, p_to date)
returns integer language plpgsql as $$
declare
    month_start date := date_trunc('month', p_from)::date;
    created integer := 0;
    partition_name text;
begin
    if not exists (select 1 from pg_partitioned_table pt join pg_class c on c.oid = pt.partrelid
                   where c.relname = p_table) then
        return 0;
    end if;
    while month_start <= p_to loop
        partition_name := format('%s_%s', p_table, to_char(month_start, 'YYYY_MM'));
        if to_regclass(partition_name) is null then
            execute format('create table %I partition of %I for values from (%L) to (%L)',
                           partition_name, p_table, month_start,
                           (month_start + interval '1 month')::date);
            created := created + 1;
        end if;
        month_start := (month_start + interval '1 month')::date;
    end loop;
    return created;
end $$;
