--liquibase formatted sql

--changeset civiclimate:0006-create-staff-invitation
--comment: Staff invited by email to a commune with a role (administrator or facilitator). A tenant table; a second policy lets the invited person, signed in with that verified address, see what is addressed to them in every commune.
CREATE TABLE staff_invitation (
    commune_id  uuid        NOT NULL REFERENCES commune (id),
    id          uuid        NOT NULL,
    email       text        NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    role        text        NOT NULL CHECK (role IN ('ADMIN', 'FACILITATOR')),
    invited_by  text        NOT NULL,
    invited_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    accepted_at timestamptz,
    accepted_by text,
    revoked_at  timestamptz,
    PRIMARY KEY (commune_id, id)
);
-- One open invitation per person and commune: inviting again renews it.
CREATE UNIQUE INDEX staff_invitation_open ON staff_invitation (commune_id, email)
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
CREATE INDEX staff_invitation_email ON staff_invitation (email) WHERE accepted_at IS NULL AND revoked_at IS NULL;
SELECT isolate_by_commune('staff_invitation');
CREATE POLICY own_invitations ON staff_invitation FOR SELECT USING (email = current_user_email());
