--liquibase formatted sql

--changeset civiclimate:0004-create-voting-rule
--comment: How an assembly votes (named or secret, quorum as a share of the seats held, adoption threshold over the votes cast) and how many months the commune has to answer an adopted recommendation. No row: the defaults (named, 50%, simple majority, 3 months).
CREATE TABLE voting_rule (
    commune_id      uuid        NOT NULL,
    assembly_id     uuid        NOT NULL,
    secrecy         text        NOT NULL CHECK (secrecy IN ('NAMED', 'SECRET')),
    quorum_percent  integer     NOT NULL CHECK (quorum_percent BETWEEN 0 AND 100),
    threshold       text        NOT NULL CHECK (threshold IN ('SIMPLE_MAJORITY', 'TWO_THIRDS', 'CONSENSUS_80')),
    response_months integer     NOT NULL CHECK (response_months BETWEEN 1 AND 24),
    changed_by      text        NOT NULL,
    changed_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, assembly_id),
    FOREIGN KEY (commune_id, assembly_id) REFERENCES assembly (commune_id, id)
);
SELECT isolate_by_commune('voting_rule');

--changeset civiclimate:0004-create-recommendation
--comment: A recommendation of an assembly on one of its topics, from draft to vote; the vote's rule and result are frozen on it when the vote closes, and an adopted one carries the date the commune must answer by.
CREATE TABLE recommendation (
    commune_id      uuid        NOT NULL,
    id              uuid        NOT NULL,
    assembly_id     uuid        NOT NULL,
    topic           text        NOT NULL CHECK (length(topic) BETWEEN 1 AND 80),
    version         integer     NOT NULL CHECK (version >= 1),
    title           text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    body            text        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    status          text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'IN_VOTE', 'ADOPTED', 'NOT_ADOPTED')),
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    vote_session_id uuid,
    vote_opened_at  timestamptz,
    secrecy         text        CHECK (secrecy IN ('NAMED', 'SECRET')),
    quorum_percent  integer,
    threshold       text,
    seated          integer,
    votes_for       integer,
    votes_against   integer,
    abstentions     integer,
    quorum_met      boolean,
    vote_closed_at  timestamptz,
    response_due_on date,
    PRIMARY KEY (commune_id, id),
    FOREIGN KEY (commune_id, assembly_id) REFERENCES assembly (commune_id, id),
    FOREIGN KEY (commune_id, vote_session_id) REFERENCES assembly_session (commune_id, id),
    CHECK ((status = 'DRAFT') = (vote_session_id IS NULL)),
    CHECK ((status IN ('ADOPTED', 'NOT_ADOPTED')) = (vote_closed_at IS NOT NULL)),
    CHECK ((status = 'ADOPTED') = (response_due_on IS NOT NULL))
);
SELECT isolate_by_commune('recommendation');
CREATE INDEX recommendation_of_assembly ON recommendation (commune_id, assembly_id, created_at);
CREATE INDEX recommendation_adopted ON recommendation (commune_id, vote_closed_at) WHERE status = 'ADOPTED';

--changeset civiclimate:0004-create-recommendation-version
--comment: Every version of a recommendation's text, kept: version 1 is the draft, each later one an edit or an incorporated amendment.
CREATE TABLE recommendation_version (
    commune_id        uuid        NOT NULL,
    recommendation_id uuid        NOT NULL,
    version           integer     NOT NULL CHECK (version >= 1),
    title             text        NOT NULL,
    body              text        NOT NULL,
    amendment_id      uuid,
    changed_by        text        NOT NULL,
    changed_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, recommendation_id, version),
    FOREIGN KEY (commune_id, recommendation_id) REFERENCES recommendation (commune_id, id)
);
SELECT isolate_by_commune('recommendation_version');

--changeset civiclimate:0004-create-amendment
--comment: An amendment a member or a facilitator proposes to a version of a recommendation; the facilitators incorporate it (a new version) or decline it, with a note.
CREATE TABLE amendment (
    commune_id        uuid        NOT NULL,
    id                uuid        NOT NULL,
    recommendation_id uuid        NOT NULL,
    on_version        integer     NOT NULL,
    body              text        NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
    rationale         text        NOT NULL CHECK (length(rationale) BETWEEN 1 AND 2000),
    proposed_by       text        NOT NULL,
    proposer_name     text        NOT NULL,
    proposed_at       timestamptz NOT NULL DEFAULT now(),
    status            text        NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'INCORPORATED', 'DECLINED')),
    decided_by        text,
    decided_at        timestamptz,
    decision_note     text        CHECK (length(decision_note) <= 1000),
    PRIMARY KEY (commune_id, id),
    FOREIGN KEY (commune_id, recommendation_id) REFERENCES recommendation (commune_id, id),
    CHECK ((status = 'PROPOSED') = (decided_at IS NULL))
);
SELECT isolate_by_commune('amendment');
CREATE INDEX amendment_of_recommendation ON amendment (commune_id, recommendation_id, proposed_at);
CREATE INDEX amendment_of_person ON amendment (commune_id, proposed_by);

--changeset civiclimate:0004-create-vote
--comment: Who voted (one row per member: the key refuses a second ballot, however concurrent) and, in a named vote only, how; the choices themselves are counted from vote_ballot, which names nobody, so that a secret vote stays secret here too.
CREATE TABLE vote_voter (
    commune_id        uuid        NOT NULL,
    recommendation_id uuid        NOT NULL,
    user_id           text        NOT NULL,
    name              text        NOT NULL,
    choice            text        CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
    PRIMARY KEY (commune_id, recommendation_id, user_id),
    FOREIGN KEY (commune_id, recommendation_id) REFERENCES recommendation (commune_id, id)
);
SELECT isolate_by_commune('vote_voter');
CREATE INDEX vote_voter_of_person ON vote_voter (commune_id, user_id);
CREATE TABLE vote_ballot (
    commune_id        uuid NOT NULL,
    recommendation_id uuid NOT NULL,
    id                uuid NOT NULL,
    choice            text NOT NULL CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
    PRIMARY KEY (commune_id, recommendation_id, id),
    FOREIGN KEY (commune_id, recommendation_id) REFERENCES recommendation (commune_id, id)
);
SELECT isolate_by_commune('vote_ballot');

--changeset civiclimate:0004-create-commune-response
--comment: The commune's answer to an adopted recommendation, once: accepted, partially accepted or rejected, with its justification (required unless accepted whole).
CREATE TABLE commune_response (
    commune_id        uuid        NOT NULL,
    recommendation_id uuid        NOT NULL,
    decision          text        NOT NULL CHECK (decision IN ('ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED')),
    justification     text        CHECK (length(justification) BETWEEN 1 AND 10000),
    published_by      text        NOT NULL,
    published_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, recommendation_id),
    FOREIGN KEY (commune_id, recommendation_id) REFERENCES recommendation (commune_id, id),
    CHECK (decision = 'ACCEPTED' OR justification IS NOT NULL)
);
SELECT isolate_by_commune('commune_response');

--changeset civiclimate:0004-create-follow-up
--comment: The commune's follow-up of an answered recommendation, one update after another until done: status, progress, note, date and responsible department.
CREATE TABLE follow_up (
    commune_id        uuid        NOT NULL,
    id                uuid        NOT NULL,
    recommendation_id uuid        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'STALLED', 'DONE')),
    progress          integer     NOT NULL CHECK (progress BETWEEN 0 AND 100),
    note              text        NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
    happened_on       date        NOT NULL,
    department        text        NOT NULL CHECK (length(department) BETWEEN 1 AND 200),
    recorded_by       text        NOT NULL,
    recorded_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, id),
    FOREIGN KEY (commune_id, recommendation_id) REFERENCES commune_response (commune_id, recommendation_id),
    CHECK (status <> 'DONE' OR progress = 100)
);
SELECT isolate_by_commune('follow_up');
CREATE INDEX follow_up_of_recommendation ON follow_up (commune_id, recommendation_id, happened_on, recorded_at);

--changeset civiclimate:0004-create-assessment
--comment: The assembly's assessment of what the commune did with a recommendation, recorded at a follow-up review session; the latest one is shown, publicly.
CREATE TABLE assessment (
    commune_id        uuid        NOT NULL,
    id                uuid        NOT NULL,
    recommendation_id uuid        NOT NULL,
    session_id        uuid        NOT NULL,
    verdict           text        NOT NULL CHECK (verdict IN ('SATISFIED', 'PARTLY_SATISFIED', 'NOT_SATISFIED')),
    comment           text        NOT NULL CHECK (length(comment) BETWEEN 1 AND 2000),
    recorded_by       text        NOT NULL,
    recorded_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, id),
    FOREIGN KEY (commune_id, recommendation_id) REFERENCES commune_response (commune_id, recommendation_id),
    FOREIGN KEY (commune_id, session_id) REFERENCES assembly_session (commune_id, id),
    UNIQUE (commune_id, recommendation_id, session_id)
);
SELECT isolate_by_commune('assessment');
