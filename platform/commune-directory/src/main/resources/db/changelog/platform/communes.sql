--liquibase formatted sql

-- Included by services that replicate the commune directory (assembly-service, plan-service), after events.sql.

--changeset civiclimate:platform-communes-0001-create-known-commune
--comment: The communes this service knows of, as tenant-service announced them. Not a tenant table: it is the list of tenants, read to resolve a slug before any commune is bound.
CREATE TABLE known_commune (
    id          uuid        PRIMARY KEY,
    slug        text        NOT NULL UNIQUE,
    name        text        NOT NULL,
    country     char(2)     NOT NULL,
    languages   text[]      NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
