--liquibase formatted sql

--changeset civiclimate:bench-0001-create-note
CREATE TABLE note (
    commune_id uuid        NOT NULL,
    id         uuid        NOT NULL DEFAULT gen_random_uuid(),
    body       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, id)
);
SELECT isolate_by_commune('note');
