--liquibase formatted sql

--changeset civiclimate:0009-add-commune-announced-at
--comment: When commune.provisioned was last announced: a commune that a service has not acknowledged within the onboarding's acknowledgement timeout fails, naming the service, until it is retried (announced again).
ALTER TABLE commune ADD COLUMN announced_at timestamptz;
UPDATE commune SET announced_at = now() WHERE status = 'PROVISIONING' AND organization_id IS NOT NULL;
CREATE INDEX commune_awaiting_acknowledgement ON commune (announced_at)
    WHERE status = 'PROVISIONING' AND announced_at IS NOT NULL;
