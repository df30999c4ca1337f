--liquibase formatted sql

--changeset civiclimate:0018-create-convocation-mail
--comment: Who was mailed their convocation to which session (assembly-service's session.convened): written with each mail, in a transaction of its own, so that an event retried after one address failed mails only those not mailed yet. A tenant table; ids only.
CREATE TABLE convocation_mail (
    commune_id uuid        NOT NULL REFERENCES commune (id),
    session_id uuid        NOT NULL,
    user_id    text        NOT NULL,
    mailed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, session_id, user_id)
);
SELECT isolate_by_commune('convocation_mail');
