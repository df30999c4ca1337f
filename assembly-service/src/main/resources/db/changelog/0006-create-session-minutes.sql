--liquibase formatted sql

--changeset civiclimate:0006-create-session-minutes
--comment: A session's minutes: drafted by the staff (each save against the version it edits), then published for the commune's members, for good.
CREATE TABLE session_minutes (
    commune_id   uuid        NOT NULL,
    session_id   uuid        NOT NULL,
    version      integer     NOT NULL CHECK (version >= 1),
    text         text        NOT NULL CHECK (length(text) BETWEEN 1 AND 100000),
    status       text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    written_by   text        NOT NULL,
    written_at   timestamptz NOT NULL DEFAULT now(),
    published_by text,
    published_at timestamptz,
    PRIMARY KEY (commune_id, session_id),
    FOREIGN KEY (commune_id, session_id) REFERENCES assembly_session (commune_id, id),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
SELECT isolate_by_commune('session_minutes');
