--liquibase formatted sql

--changeset civiclimate:0007-allow-own-audit-entries
--comment: A person may read what the audit trails recorded of their own actions, in every commune: part of what the platform holds about them (their data export).
CREATE POLICY own_audit_entries ON audit_entry FOR SELECT USING (actor_id = current_user_id());
