--liquibase formatted sql

--changeset civiclimate:0021-add-convocation-mail-notice
--comment: Which notice about a session a person was mailed: their convocation ('convocation'), or a change of the session or its cancellation (the change's id, from assembly-service's session.changed), each once.
ALTER TABLE convocation_mail ADD COLUMN notice_key text NOT NULL DEFAULT 'convocation';
ALTER TABLE convocation_mail DROP CONSTRAINT convocation_mail_pkey;
ALTER TABLE convocation_mail ADD CONSTRAINT convocation_mail_pkey PRIMARY KEY (commune_id, session_id, notice_key, user_id);
