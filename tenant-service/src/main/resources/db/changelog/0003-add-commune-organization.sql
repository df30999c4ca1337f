--liquibase formatted sql

--changeset civiclimate:0003-add-commune-organization
--comment: The commune's Keycloak Organization (alias = slug).
ALTER TABLE commune ADD COLUMN organization_id text;
