--liquibase formatted sql

--changeset civiclimate:0019-create-recommendation-mail
--comment: Who was mailed which notice about an adopted recommendation (assembly-service's response.published, follow-up.updated and response.overdue): the kind of notice and its key (answer, the follow-up's id, overdue), written with each mail in a transaction of its own, so that a replayed or retried event mails nobody twice. A tenant table; ids only.
CREATE TABLE recommendation_mail (
    commune_id        uuid        NOT NULL REFERENCES commune (id),
    recommendation_id uuid        NOT NULL,
    notice            text        NOT NULL CHECK (notice IN ('ANSWER', 'FOLLOW_UP', 'OVERDUE')),
    notice_key        text        NOT NULL,
    user_id           text        NOT NULL,
    mailed_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, recommendation_id, notice, notice_key, user_id)
);
SELECT isolate_by_commune('recommendation_mail');
