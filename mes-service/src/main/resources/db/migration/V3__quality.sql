-- Quality: defect catalogue, non-conformances, holds.
create table defect_code (
    code        text primary key,
    description text not null,
    operation   text,
    severity    text not null check (severity in ('MINOR', 'MAJOR', 'CRITICAL'))
);

create sequence nonconformance_seq;
create table nonconformance (
    id          text primary key,
    title       text not null,
    description text,
    status      text not null check (status in ('OPEN', 'CLOSED')),
    opened_by   text not null,
    opened_at   timestamptz not null,
    closed_by   text,
    closed_at   timestamptz,
    version     integer not null default 0
);

-- A hold on any scope. Holds on units (lot, roll, roll interval, cell, module, pack) list the
-- units they hold in hold_unit, including every cell that contains metres of a held roll
-- interval; holds on equipment or a recipe version block track-ins there.
create sequence hold_seq;
create table hold (
    id             text primary key,
    scope          text not null check (scope in ('LOT', 'ROLL', 'ROLL_INTERVAL', 'CELL', 'MODULE',
                                                  'PACK', 'EQUIPMENT', 'RECIPE_VERSION')),
    target_id      text not null,
    start_m        numeric(10, 3),
    end_m          numeric(10, 3),
    recipe_version integer,
    reason         text not null,
    ncr_id         text references nonconformance,
    source         text not null check (source in ('MANUAL', 'INSIGHT')),
    insight_id     uuid,
    status         text not null check (status in ('ACTIVE', 'RELEASED')),
    placed_by      text not null,
    placed_at      timestamptz not null,
    released_by    text,
    released_at    timestamptz,
    disposition    text check (disposition in ('RELEASE', 'SCRAP', 'REWORK', 'DOWNGRADE')),
    disposition_note text,
    version        integer not null default 0,
    check ((scope = 'ROLL_INTERVAL') = (start_m is not null and end_m is not null)),
    check (end_m > start_m),
    check ((scope = 'RECIPE_VERSION') = (recipe_version is not null))
);
create index hold_active_target on hold (scope, target_id) where status = 'ACTIVE';

create table hold_unit (
    hold_id text not null references hold,
    unit_id text not null references unit,
    primary key (hold_id, unit_id)
);
create index hold_unit_unit on hold_unit (unit_id);
