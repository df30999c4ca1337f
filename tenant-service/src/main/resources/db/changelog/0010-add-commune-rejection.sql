--liquibase formatted sql

--changeset civiclimate:0010-add-commune-rejection
--comment: An operator may reject a requested commune (e.g. someone claimed another commune's official code): the row stays for its audit trail, its slug and official code are free again for the rightful commune.
ALTER TABLE commune DROP CONSTRAINT commune_status_known;
ALTER TABLE commune ADD CONSTRAINT commune_status_known
    CHECK (status IN ('AWAITING_APPROVAL', 'PROVISIONING', 'ACTIVE', 'FAILED', 'SUSPENDED', 'REJECTED'));
ALTER TABLE commune DROP CONSTRAINT commune_slug_key;
CREATE UNIQUE INDEX commune_slug_unique ON commune (slug) WHERE status <> 'REJECTED';
ALTER TABLE commune DROP CONSTRAINT commune_official_code_unique;
CREATE UNIQUE INDEX commune_official_code_unique ON commune (country, official_code) WHERE status <> 'REJECTED';
CREATE INDEX commune_open_requests ON commune (created_by) WHERE status IN ('AWAITING_APPROVAL', 'PROVISIONING');
