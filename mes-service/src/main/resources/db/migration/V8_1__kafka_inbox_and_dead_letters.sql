-- Kafka consumers of the MES: which messages a consumer has already applied (idempotency by
-- message id, written in the same transaction as the change), and the messages it could not
-- read or apply, kept for people instead of blocking the partition.
create table consumed_message (
    consumer    text not null,
    message_id  text not null,
    consumed_at timestamptz not null default now(),
    primary key (consumer, message_id)
);

create table dead_letter_message (
    id          bigserial primary key,
    consumer    text not null,
    topic       text not null,
    partition   integer not null,
    "offset"    bigint not null,
    message_key text,
    payload     text,
    error       text not null,
    received_at timestamptz not null default now()
);
create index dead_letter_message_consumer on dead_letter_message (consumer, received_at desc);
