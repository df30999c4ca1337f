--liquibase formatted sql

--changeset civiclimate:0017-add-person-language
--comment: The language the person's token last stated (Keycloak's locale claim), for the emails written to them; NULL until one does, when their emails take the commune's first language. Personal data: goes with the person row.
ALTER TABLE person ADD COLUMN language text CHECK (language IN ('fr', 'nl', 'de', 'en'));
