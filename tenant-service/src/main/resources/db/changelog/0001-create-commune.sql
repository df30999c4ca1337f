--liquibase formatted sql

--changeset civiclimate:0001-create-commune
--comment: The register of communes (tenants). Not a tenant table: every commune's row is the directory others resolve slugs with.
CREATE TABLE commune (
    id         uuid        PRIMARY KEY,
    slug       text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    country    char(2)     NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    languages  text[]      NOT NULL CHECK (cardinality(languages) > 0),
    status     text        NOT NULL,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
