-- Recipe versions as the MES runs them: imported from the library or drafted here (by an engineer
-- or from an analytics suggestion), reviewed and approved with electronic signatures.
create table recipe_version (
    recipe_id       text not null,
    version         integer not null check (version >= 1),
    name            text not null,
    equipment_class text not null,
    product_id      text,
    status          text not null check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'OBSOLETE')),
    body            jsonb not null,
    origin          text not null check (origin in ('LIBRARY', 'ENGINEER', 'INSIGHT')),
    insight_id      uuid,
    created_by      text not null,
    created_at      timestamptz not null,
    approved_at     timestamptz,
    lock_version    integer not null default 0,
    primary key (recipe_id, version)
);

-- 21 CFR Part 11 style signatures: who, what it means, when, and when they re-authenticated.
create table recipe_signature (
    id           bigserial primary key,
    recipe_id    text not null,
    version      integer not null,
    signer       text not null,
    meaning      text not null check (meaning in ('REVIEWED', 'APPROVED', 'REJECTED')),
    comment      text,
    signed_at    timestamptz not null,
    auth_time    timestamptz not null,
    foreign key (recipe_id, version) references recipe_version
);

-- The recipe version in force per equipment.
create table equipment_recipe (
    equipment_id   text primary key references equipment,
    recipe_id      text not null,
    recipe_version integer not null,
    activated_by   text not null,
    activated_at   timestamptz not null,
    foreign key (recipe_id, recipe_version) references recipe_version
);

create table recipe_download (
    id             uuid primary key,
    equipment_id   text not null references equipment,
    recipe_id      text not null,
    recipe_version integer not null,
    requested_by   text not null,
    requested_at   timestamptz not null,
    status         text not null check (status in ('REQUESTED', 'ACCEPTED', 'REJECTED', 'FAILED')),
    completed_at   timestamptz,
    message        text,
    read_backs     jsonb,
    foreign key (recipe_id, recipe_version) references recipe_version
);
create index recipe_download_equipment on recipe_download (equipment_id, requested_at desc);
