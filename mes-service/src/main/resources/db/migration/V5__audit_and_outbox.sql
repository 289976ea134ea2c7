-- Audit trail: append-only. Writers insert rows without a hash; the sealer appends committed rows
-- to the hash chain (chain_pos, prev_hash, hash) in one thread, so writers never wait for each
-- other. The trigger refuses deletes and any change except sealing an unsealed row once.
create table audit_record (
    seq         bigserial primary key,
    tx_id       xid8 not null default pg_current_xact_id(),
    recorded_at timestamptz not null default clock_timestamp(),
    actor       text not null,
    action      text not null,
    entity_type text not null,
    entity_id   text not null,
    before      jsonb,
    after       jsonb,
    chain_pos   bigint unique,
    prev_hash   text,
    hash        text
);
create index audit_record_entity on audit_record (entity_type, entity_id);
create index audit_record_unsealed on audit_record (seq) where hash is null;

create or replace function audit_record_append_only() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'audit records are append-only: delete of seq % refused', old.seq;
    end if;
    if old.hash is not null
       or new.seq is distinct from old.seq or new.tx_id is distinct from old.tx_id
       or new.recorded_at is distinct from old.recorded_at or new.actor is distinct from old.actor
       or new.action is distinct from old.action or new.entity_type is distinct from old.entity_type
       or new.entity_id is distinct from old.entity_id or new.before is distinct from old.before
       or new.after is distinct from old.after then
        raise exception 'audit records are append-only: change of seq % refused', old.seq;
    end if;
    return new;
end $$;

create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_record_append_only();

-- Transactional outbox: messages written in the same transaction as the change, relayed to Kafka
-- by the outbox relay and deleted once Kafka has them.
create table outbox_message (
    id          bigserial primary key,
    topic       text not null,
    message_key text not null,
    payload     text not null,
    created_at  timestamptz not null default now()
);
