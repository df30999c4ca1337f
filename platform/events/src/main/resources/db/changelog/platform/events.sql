--liquibase formatted sql

-- Included by every service's master changelog, after tenancy.sql. None of these is a tenant table: they hold only
-- delivery bookkeeping, are read across communes by the relay, the purge and operators, and never reach the API.

--changeset civiclimate:platform-events-0001-create-outbox-event
--comment: Events written in the same transaction as the change they describe; the relay publishes them in position order.
CREATE TABLE outbox_event (
    position     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    commune_id   uuid        NOT NULL,
    topic        text        NOT NULL,
    type         text        NOT NULL,
    envelope     bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    published_at timestamptz
);
CREATE INDEX outbox_event_unpublished ON outbox_event (position) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

--changeset civiclimate:platform-events-0002-create-processed-event
--comment: One row per event a consumer has taken effect for, written in the same transaction as the effect.
CREATE TABLE processed_event (
    consumer     text        NOT NULL,
    source       text        NOT NULL,
    event_id     text        NOT NULL,
    commune_id   uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, source, event_id)
);
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);

--changeset civiclimate:platform-events-0003-create-parked-event
--comment: Events a consumer could not apply after retrying (or never could: invalid, forged): kept for operators to see and replay.
CREATE TABLE parked_event (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    consumer     text        NOT NULL,
    topic        text        NOT NULL,
    kafka_partition integer  NOT NULL,
    kafka_offset bigint      NOT NULL,
    record_key   text,
    record_value bytea,
    event_id     text,
    source       text,
    type         text,
    commune_id   text,
    reason       text        NOT NULL,
    parked_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    replays      integer     NOT NULL DEFAULT 0,
    replayed_at  timestamptz,
    -- Whether the commune's later events wait behind it (a failure), or not (invalid or forged: never applied, and
    -- must not let whoever forged it stop a commune's events).
    holds_back   boolean     NOT NULL,
    -- A record parked again after a crash between parking and committing its offset stays one row.
    UNIQUE (consumer, topic, kafka_partition, kafka_offset)
);
CREATE INDEX parked_event_waiting ON parked_event (consumer, record_key, parked_at) WHERE replayed_at IS NULL;

--changeset civiclimate:platform-events-0004-create-outbox-relay-lease
--comment: Which instance of the service relays the outbox: one holder at a time, renewed while it relays, taken over once it lapses.
CREATE TABLE outbox_relay_lease (
    name       text        PRIMARY KEY,
    holder     text        NOT NULL,
    expires_at timestamptz NOT NULL
);
