-- Battery passports (EU 2023/1542 Art. 77, Annex XIII) and OEM audit packages.
alter table site add column country char(2);
alter table site add column address text;
alter table product add column battery_category text not null default 'EV'
    check (battery_category in ('EV', 'LMT', 'INDUSTRIAL', 'SLI', 'PORTABLE'));
alter table product add column expected_cycle_life integer;

-- An issued passport: the frozen record (all tiers) and its hash. Re-issuing makes a new version.
create table battery_passport (
    battery_id text not null references unit,
    version    integer not null,
    issued_at  timestamptz not null,
    issued_by  text not null,
    body       jsonb not null,
    hash       text not null,
    primary key (battery_id, version)
);

-- Every audit package the MES exported, by hash, so a returned copy can be checked.
create table audit_package (
    id         uuid primary key,
    created_at timestamptz not null,
    created_by text not null,
    subject    jsonb not null,
    hash       text not null
);
