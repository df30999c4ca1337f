--liquibase formatted sql

--changeset civiclimate:0001-create-note
CREATE TABLE note (
    commune_id uuid NOT NULL,
    id         uuid NOT NULL,
    body       text NOT NULL,
    PRIMARY KEY (commune_id, id)
);
SELECT isolate_by_commune('note');
