--liquibase formatted sql

--changeset civiclimate:0001-create-greeting
CREATE TABLE greeting (
    commune_id  uuid NOT NULL,
    id          uuid NOT NULL,
    text        text NOT NULL,
    PRIMARY KEY (commune_id, id)
);
SELECT isolate_by_commune('greeting');

-- No unique key on purpose: a second effect of the same event would show as a second row.
CREATE TABLE greeting_receipt (
    commune_id  uuid NOT NULL,
    greeting_id uuid NOT NULL,
    received_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
SELECT isolate_by_commune('greeting_receipt');
