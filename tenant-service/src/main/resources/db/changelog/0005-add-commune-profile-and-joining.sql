--liquibase formatted sql

--changeset civiclimate:0005-add-commune-profile-and-joining
--comment: What a commune declares when it signs up, and why it is suspended.
ALTER TABLE commune
    ADD COLUMN official_code     text NOT NULL CHECK (official_code ~ '^[0-9A-Z]{1,12}$'),
    ADD COLUMN population        integer NOT NULL CHECK (population BETWEEN 1 AND 100000000),
    ADD COLUMN contact_email     text NOT NULL CHECK (length(contact_email) <= 254),
    ADD COLUMN suspension_reason text;
ALTER TABLE commune ADD CONSTRAINT commune_official_code_unique UNIQUE (country, official_code);

--changeset civiclimate:0005-create-person
--comment: The name and email each user last signed in with, to show members to their commune's admins. Personal data: erased when the user deletes their account.
CREATE TABLE person (
    user_id    text        PRIMARY KEY,
    email      text,
    name       text,
    seen_at    timestamptz NOT NULL DEFAULT now()
);

--changeset civiclimate:0005-create-audit-entry
--comment: Every privileged action in a commune: who, what, when. A tenant table; kept when an account is deleted (the actor id stays, the name goes with the person row).
CREATE TABLE audit_entry (
    commune_id uuid        NOT NULL REFERENCES commune (id),
    id         bigint      GENERATED ALWAYS AS IDENTITY,
    at         timestamptz NOT NULL DEFAULT now(),
    actor_id   text        NOT NULL,
    action     text        NOT NULL,
    detail     jsonb       NOT NULL DEFAULT '{}',
    PRIMARY KEY (commune_id, id)
);
CREATE INDEX audit_entry_commune_at ON audit_entry (commune_id, at DESC, id DESC);
SELECT isolate_by_commune('audit_entry');
-- Append-only for the services: history is not rewritten.
REVOKE UPDATE, DELETE ON audit_entry FROM ${appRole};

--changeset civiclimate:0005-create-joining-rule
--comment: How citizens join a commune: freely, or with the invitation code its admins share. A tenant table; a commune without a row has not chosen yet (an invitation code is made for it).
CREATE TABLE joining_rule (
    commune_id      uuid        PRIMARY KEY REFERENCES commune (id),
    policy          text        NOT NULL CHECK (policy IN ('OPEN', 'INVITATION_CODE')),
    invitation_code text        NOT NULL CHECK (invitation_code ~ '^[A-Z0-9]{10}$'),
    changed_at      timestamptz NOT NULL DEFAULT now()
);
SELECT isolate_by_commune('joining_rule');
