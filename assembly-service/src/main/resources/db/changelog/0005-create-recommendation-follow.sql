--liquibase formatted sql

--changeset civiclimate:0005-create-recommendation-follow
--comment: Who follows an adopted recommendation (anyone signed in, member of the commune or not): told when it is answered, when its follow-up moves and when its answer is overdue. Ids only; tenant-service holds the addresses.
CREATE TABLE recommendation_follow (
    commune_id        uuid        NOT NULL,
    recommendation_id uuid        NOT NULL,
    user_id           text        NOT NULL,
    followed_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, recommendation_id, user_id),
    FOREIGN KEY (commune_id, recommendation_id) REFERENCES recommendation (commune_id, id)
);
SELECT isolate_by_commune('recommendation_follow');
CREATE INDEX recommendation_follow_of_person ON recommendation_follow (commune_id, user_id);

--changeset civiclimate:0005-add-overdue-announced
--comment: When an unanswered recommendation's overdue notice went out: once, whichever replica found it first.
ALTER TABLE recommendation ADD COLUMN overdue_announced_at timestamptz;
CREATE INDEX recommendation_awaiting_answer ON recommendation (response_due_on)
    WHERE status = 'ADOPTED' AND overdue_announced_at IS NULL;
