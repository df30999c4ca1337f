--liquibase formatted sql

--changeset civiclimate:0003-create-plan
--comment: A commune's energy and climate action plan (PAED/SECAP): empty when the commune is provisioned.
CREATE TABLE plan (
    commune_id    uuid        NOT NULL,
    factor_set_id text        NOT NULL REFERENCES emission_factor_set (id),
    status        text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ADOPTED')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id)
);
SELECT isolate_by_commune('plan');
