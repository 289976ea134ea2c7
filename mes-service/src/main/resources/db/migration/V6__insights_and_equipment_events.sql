-- Findings from yield analytics, and what the MES did about them.
create table yield_insight (
    id              uuid primary key,
    created_at      timestamptz not null,
    received_at     timestamptz not null default now(),
    kind            text not null,
    severity        text not null,
    line_id         text not null,
    title           text not null,
    confidence      double precision,
    body            jsonb not null,
    status          text not null check (status in ('OPEN', 'ACTED', 'DISMISSED')),
    hold_id         text references hold,
    draft_recipe_id text,
    draft_recipe_version integer
);
create index yield_insight_line on yield_insight (line_id, created_at desc);

-- Alarms raised and cleared by equipment (from gigafab.equipment-events.v1).
create table equipment_alarm (
    id           bigserial primary key,
    equipment_id text not null,
    alarm_code   text not null,
    severity     integer,
    message      text,
    raised_at    timestamptz not null,
    cleared_at   timestamptz
);
create index equipment_alarm_active on equipment_alarm (equipment_id) where cleared_at is null;
