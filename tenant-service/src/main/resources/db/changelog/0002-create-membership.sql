--liquibase formatted sql

--changeset civiclimate:0002-create-membership
--comment: Who has which role in which commune. A tenant table; a second policy lets users read their own memberships in every commune (GET /api/me).
CREATE TABLE membership (
    commune_id uuid        NOT NULL REFERENCES commune (id),
    user_id    text        NOT NULL,
    role       text        NOT NULL CHECK (role IN ('ADMIN', 'FACILITATOR', 'CITIZEN', 'MEMBER')),
    granted_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, user_id, role)
);
CREATE INDEX membership_user ON membership (user_id);
SELECT isolate_by_commune('membership');
CREATE POLICY own_memberships ON membership FOR SELECT USING (user_id = current_user_id());
