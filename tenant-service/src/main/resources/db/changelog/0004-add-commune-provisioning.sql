--liquibase formatted sql

--changeset civiclimate:0004-add-commune-provisioning
--comment: The onboarding saga's state, kept on the commune so that any instance can resume it after a crash.
ALTER TABLE commune
    ADD COLUMN requested_at          timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN assembly_ready_at     timestamptz,
    ADD COLUMN plan_ready_at         timestamptz,
    ADD COLUMN activated_at          timestamptz,
    ADD COLUMN provisioning_attempts integer     NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at       timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN failure_reason        text;
ALTER TABLE commune ADD CONSTRAINT commune_status_known
    CHECK (status IN ('AWAITING_APPROVAL', 'PROVISIONING', 'ACTIVE', 'FAILED', 'SUSPENDED'));
CREATE INDEX commune_provisioning_due ON commune (next_attempt_at) WHERE status = 'PROVISIONING';
