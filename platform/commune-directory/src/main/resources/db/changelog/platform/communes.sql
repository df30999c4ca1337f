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

--changeset civiclimate:platform-communes-0002-add-known-commune-suspended
--comment: A suspended commune is read-only for everyone in it (commune.suspended, commune.reinstated).
ALTER TABLE known_commune ADD COLUMN suspended boolean NOT NULL DEFAULT false;

--changeset civiclimate:platform-communes-0003-create-known-member
--comment: Who has which roles in the commune, as tenant-service announced it (membership.changed); the service authorises from it. A tenant table. No foreign key to known_commune: membership and commune events travel on different topics.
CREATE TABLE known_member (
    commune_id uuid        NOT NULL,
    user_id    text        NOT NULL,
    roles      text[]      NOT NULL CHECK (cardinality(roles) > 0),
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, user_id)
);
SELECT isolate_by_commune('known_member');
