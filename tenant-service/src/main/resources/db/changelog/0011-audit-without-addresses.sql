--liquibase formatted sql

--changeset civiclimate:0011-audit-without-addresses
--comment: Audit details name staff invitations by id, never by address, so that an erased person's address is nowhere (audit_entry is append-only for the application). Older entries lose the address; the owner lifts its own row-level security for this one statement, since no commune is bound here.
ALTER TABLE audit_entry NO FORCE ROW LEVEL SECURITY;
UPDATE audit_entry SET detail = detail - 'email' WHERE detail -> 'email' IS NOT NULL;
ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY;
