--liquibase formatted sql

--changeset civiclimate:0020-create-inbox-notice
--comment: What each person finds in the app's notifications: a convocation, a change of its session or its cancellation, the answer to a recommendation they follow, a step of its follow-up, its answer overdue. Written once per person and notice (the unique key), before the mail and kept if it fails; for the same people as the mails (those whose address the platform knows). A tenant table the person also reads, marks read and (erasing their account) deletes across communes; the text is composed by the web app in the reader's language from the kind, the title and the detail.
CREATE TABLE inbox_notice (
    id         uuid        NOT NULL,
    commune_id uuid        NOT NULL REFERENCES commune (id),
    user_id    text        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('CONVOCATION', 'SESSION_CHANGED', 'SESSION_CANCELLED', 'ANSWER', 'FOLLOW_UP', 'OVERDUE')),
    subject_id uuid        NOT NULL,
    notice_key text        NOT NULL,
    title      text        NOT NULL,
    detail     text,
    link       text        NOT NULL CHECK (link ~ '^/[a-z]'),
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at    timestamptz,
    PRIMARY KEY (commune_id, id),
    CONSTRAINT inbox_notice_once UNIQUE (commune_id, user_id, kind, subject_id, notice_key)
);
SELECT isolate_by_commune('inbox_notice');
-- Its person reads, marks read (the only column the application may change) and deletes their own; only the
-- commune's events write them.
CREATE POLICY own_inbox_notices ON inbox_notice FOR SELECT USING (user_id = current_user_id());
CREATE POLICY own_inbox_notices_read ON inbox_notice FOR UPDATE
    USING (user_id = current_user_id()) WITH CHECK (user_id = current_user_id());
CREATE POLICY own_inbox_notices_erased ON inbox_notice FOR DELETE USING (user_id = current_user_id());
REVOKE UPDATE ON inbox_notice FROM ${appRole};
GRANT UPDATE (read_at) ON inbox_notice TO ${appRole};
CREATE INDEX inbox_notice_by_person ON inbox_notice (user_id, created_at DESC);

--changeset civiclimate:0020-allow-own-notice-mails-erased
--comment: A person deleting their account deletes the records of what they were mailed, in every commune (a DELETE sees only the rows SELECT policies show, hence both).
CREATE POLICY own_convocation_mails ON convocation_mail FOR SELECT USING (user_id = current_user_id());
CREATE POLICY own_convocation_mails_erased ON convocation_mail FOR DELETE USING (user_id = current_user_id());
CREATE POLICY own_recommendation_mails ON recommendation_mail FOR SELECT USING (user_id = current_user_id());
CREATE POLICY own_recommendation_mails_erased ON recommendation_mail FOR DELETE USING (user_id = current_user_id());
