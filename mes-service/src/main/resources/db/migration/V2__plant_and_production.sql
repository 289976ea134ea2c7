-- ISA-95 plant model: site -> area -> line -> work center -> equipment.
create table site (
    id   text primary key,
    name text not null
);

create table area (
    id      text primary key,
    site_id text not null references site,
    name    text not null
);

create table line (
    id      text primary key,
    area_id text not null references area,
    name    text not null
);

create table work_center (
    id        text primary key,
    line_id   text not null references line,
    name      text not null,
    operation text not null
);

create table equipment (
    id              text primary key,
    work_center_id  text not null references work_center,
    equipment_class text not null,
    name            text not null,
    opcua_endpoint  text,
    opcua_node      text,
    state           text not null default 'UNKNOWN',
    state_since     timestamptz,
    version         integer not null default 0
);
create index equipment_work_center on equipment (work_center_id);

-- Products (cell designs), routes and production orders.
create table product (
    id                  text primary key,
    name                text not null,
    chemistry           text not null,
    format              text not null,
    nominal_capacity_ah numeric(10, 3) not null check (nominal_capacity_ah > 0),
    nominal_voltage_v   numeric(6, 3) not null check (nominal_voltage_v > 0),
    mass_kg             numeric(8, 3)
);

create table route (
    id          text primary key,
    product_id  text not null references product,
    version     integer not null check (version >= 1),
    description text
);

-- The ordered operations of a route. Each step applies to one kind of unit (a roll is coated,
-- calendered and slit; a cell is stacked, filled, formed, aged and graded).
create table route_step (
    route_id        text not null references route,
    seq             integer not null check (seq >= 1),
    operation       text not null,
    equipment_class text not null,
    unit_kind       text not null,
    primary key (route_id, seq),
    unique (route_id, operation)
);

create table production_order (
    id          text primary key,
    product_id  text not null references product,
    route_id    text not null references route,
    line_id     text not null references line,
    quantity    integer not null check (quantity > 0),
    status      text not null,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    version     integer not null default 0
);

-- Everything that moves through the plant is a unit: a material or slurry lot, an electrode roll,
-- a cell, a module, a pack. Kind-specific facts live in the tables below.
create table unit (
    id            text primary key,
    kind          text not null check (kind in ('LOT', 'ROLL', 'CELL', 'MODULE', 'PACK')),
    product_id    text references product,
    order_id      text references production_order,
    route_id      text references route,
    line_id       text references line,
    status        text not null default 'ACTIVE'
                  check (status in ('ACTIVE', 'IN_PROCESS', 'COMPLETED', 'SCRAPPED', 'CONSUMED')),
    completed_seq integer not null default 0,
    current_run   bigint,
    created_at    timestamptz not null default now(),
    version       integer not null default 0
);
create index unit_order on unit (order_id);
create index unit_line_status on unit (line_id, status);

-- Materials and incoming material lots (the passport's source of origin and footprint).
create table material_definition (
    id                    text primary key,
    name                  text not null,
    kind                  text not null,
    unit_of_measure       text not null default 'kg',
    critical_raw_material boolean not null default false
);

create table material_lot (
    unit_id                 text primary key references unit,
    material_id             text not null references material_definition,
    supplier                text not null,
    supplier_lot            text,
    country_of_origin       char(2) not null,
    received_at             timestamptz not null,
    quantity                numeric(12, 3) not null check (quantity > 0),
    certificate             jsonb not null default '{}',
    carbon_footprint_kg_per_kg numeric(10, 4) check (carbon_footprint_kg_per_kg >= 0),
    recycled_content_pct    numeric(5, 2) check (recycled_content_pct between 0 and 100),
    compliance_status       text not null
                            check (compliance_status in ('COMPLIANT', 'UNDER_REVIEW', 'FEOC'))
);
create index material_lot_material on material_lot (material_id);

-- Electrode rolls are metre coordinate spaces. A daughter roll from slitting maps
-- [parent_start_m, parent_end_m] of one lane of its mother roll.
create table roll (
    unit_id        text primary key references unit,
    polarity       text not null check (polarity in ('CATHODE', 'ANODE')),
    length_m       numeric(10, 3) not null check (length_m > 0),
    parent_roll_id text references roll,
    parent_start_m numeric(10, 3),
    parent_end_m   numeric(10, 3),
    lane           integer,
    check ((parent_roll_id is null) = (parent_start_m is null)),
    check (parent_end_m > parent_start_m)
);
create index roll_parent on roll (parent_roll_id);

create table cell (
    unit_id             text primary key references unit,
    tray_id             text,
    channel             integer,
    capacity_ah         numeric(10, 4),
    dcir_mohm           numeric(10, 4),
    k_value_mv_per_day  numeric(10, 4),
    ocv_v               numeric(8, 4),
    grade               text,
    grade_table_version integer,
    graded_at           timestamptz
);

-- Meter-interval genealogy: the roll metres a unit (a cell, a daughter roll) is made of, recorded
-- on every ancestor roll, so "which cells contain metres a-b of roll X" is one index range scan.
create table unit_roll_interval (
    unit_id text not null references unit,
    roll_id text not null references roll,
    start_m numeric(10, 3) not null,
    end_m   numeric(10, 3) not null,
    via_roll_id text references roll,
    check (end_m > start_m)
);
create index unit_roll_interval_roll on unit_roll_interval (roll_id, start_m, end_m) include (unit_id);
create index unit_roll_interval_unit on unit_roll_interval (unit_id);

-- Consumption and assembly: input (a material lot, a cell, a module) went into output.
create table unit_link (
    input_id  text not null references unit,
    output_id text not null references unit,
    relation  text not null check (relation in ('CONSUMED', 'ASSEMBLED')),
    quantity  numeric(12, 3),
    linked_at timestamptz not null default now(),
    primary key (input_id, output_id)
);
create index unit_link_output on unit_link (output_id);

-- Grade tables: versioned bin thresholds per product (first matching bin wins).
create table grade_table (
    product_id text not null references product,
    version    integer not null check (version >= 1),
    status     text not null check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    bins       jsonb not null,
    created_by text not null,
    created_at timestamptz not null default now(),
    primary key (product_id, version)
);

-- Operation execution: one row per track-in, completed by its track-out.
do $$
declare
    columns text := '
        id             bigint not null,
        unit_id        text not null,
        operation      text not null,
        route_seq      integer not null,
        equipment_id   text not null,
        line_id        text not null,
        recipe_id      text,
        recipe_version integer,
        operator       text not null,
        tracked_in_at  timestamptz not null,
        tracked_out_at timestamptz,
        result         text check (result in (''PASS'', ''FAIL'', ''REWORK'')),
        defect_codes   text[] not null default ''{}'',
        key_values     jsonb not null default ''{}'',
        shift          text,
        primary key (id, tracked_in_at)';
begin
    if gigafab_timescale_available() then
        execute format('create table operation_run (%s)', columns);
    else
        execute format('create table operation_run (%s) partition by range (tracked_in_at)', columns);
    end if;
    perform gigafab_time_partitioned('operation_run', 'tracked_in_at');
end $$;
create sequence operation_run_seq increment by 50;
create index operation_run_unit on operation_run (unit_id);
create index operation_run_out on operation_run (tracked_out_at, line_id);

-- A terminal retry of a track-out carries the same Idempotency-Key and gets the first answer back.
create table track_out_request (
    idempotency_key text primary key,
    unit_id         text not null,
    run_id          bigint not null,
    created_at      timestamptz not null default now()
);
