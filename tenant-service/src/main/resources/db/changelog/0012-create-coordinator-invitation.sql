--liquibase formatted sql

--changeset civiclimate:0012-create-coordinator-invitation
--comment: People invited by email to coordinate a network; they become coordinators by accepting, signed in with that verified address. Not a tenant table, as network_coordinator: a network spans communes, and the service checks that the caller coordinates the network (or is an operator) or is the person addressed.
CREATE TABLE coordinator_invitation (
    id          uuid        PRIMARY KEY,
    network_id  uuid        NOT NULL REFERENCES network (id),
    email       text        NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
    invited_by  text        NOT NULL,
    invited_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    accepted_at timestamptz,
    accepted_by text,
    revoked_at  timestamptz
);
-- One open invitation per person and network: inviting again renews it (an upsert on this index, never a conflict).
CREATE UNIQUE INDEX coordinator_invitation_open ON coordinator_invitation (network_id, email)
    WHERE accepted_at IS NULL AND revoked_at IS NULL;
CREATE INDEX coordinator_invitation_email ON coordinator_invitation (email);
