--liquibase formatted sql

--changeset civiclimate:0003-create-assembly-session
--comment: A session of an assembly (information hearing, deliberation, vote, follow-up review): when (instants; the commune's time zone writes them), where (a place, an online link or both), its agenda and length in half-days, the unit attendance is recorded and paid in.
CREATE TABLE assembly_session (
    commune_id   uuid        NOT NULL,
    id           uuid        NOT NULL,
    assembly_id  uuid        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('INFORMATION_HEARING', 'DELIBERATION', 'VOTE', 'FOLLOW_UP_REVIEW')),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 160),
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    half_days    integer     NOT NULL CHECK (half_days BETWEEN 1 AND 4),
    place        text        CHECK (length(place) BETWEEN 1 AND 300),
    online_link  text        CHECK (length(online_link) BETWEEN 1 AND 500),
    agenda       text[]      NOT NULL DEFAULT '{}',
    status       text        NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'CANCELLED')),
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, id),
    FOREIGN KEY (commune_id, assembly_id) REFERENCES assembly (commune_id, id),
    CHECK (ends_at > starts_at),
    CHECK (place IS NOT NULL OR online_link IS NOT NULL)
);
SELECT isolate_by_commune('assembly_session');
CREATE INDEX assembly_session_by_start ON assembly_session (commune_id, assembly_id, starts_at);

--changeset civiclimate:0003-create-session-guest
--comment: Experts and stakeholders invited to a session: people without an account, named as the agenda presents them.
CREATE TABLE session_guest (
    commune_id   uuid    NOT NULL,
    session_id   uuid    NOT NULL,
    position     integer NOT NULL CHECK (position >= 0),
    name         text    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    organisation text    CHECK (length(organisation) BETWEEN 1 AND 200),
    role         text    CHECK (length(role) BETWEEN 1 AND 200),
    PRIMARY KEY (commune_id, session_id, position),
    FOREIGN KEY (commune_id, session_id) REFERENCES assembly_session (commune_id, id) ON DELETE CASCADE
);
SELECT isolate_by_commune('session_guest');

--changeset civiclimate:0003-create-convocation
--comment: A member convened to a session, and their answer (confirmed, excused). One per member and session: convening again adds only those seated since.
CREATE TABLE convocation (
    commune_id   uuid        NOT NULL,
    session_id   uuid        NOT NULL,
    user_id      text        NOT NULL,
    mandate_id   uuid        NOT NULL,
    name         text        NOT NULL,
    convened_at  timestamptz NOT NULL DEFAULT now(),
    response     text        NOT NULL DEFAULT 'PENDING' CHECK (response IN ('PENDING', 'CONFIRMED', 'EXCUSED')),
    responded_at timestamptz,
    note         text        CHECK (length(note) <= 500),
    PRIMARY KEY (commune_id, session_id, user_id),
    FOREIGN KEY (commune_id, session_id) REFERENCES assembly_session (commune_id, id),
    CHECK ((response = 'PENDING') = (responded_at IS NULL))
);
SELECT isolate_by_commune('convocation');
CREATE INDEX convocation_of_person ON convocation (commune_id, user_id);

--changeset civiclimate:0003-create-attendance-record
--comment: Attendance per member and session, append-only: version 1 is the record, each later version a correction with its reason, author and time. The primary key makes two facilitators recording one sheet at once end with one record; the ledger pays on each version once.
CREATE TABLE attendance_record (
    commune_id   uuid        NOT NULL,
    session_id   uuid        NOT NULL,
    user_id      text        NOT NULL,
    version      integer     NOT NULL CHECK (version >= 1),
    mandate_id   uuid        NOT NULL,
    name         text        NOT NULL,
    status       text        NOT NULL CHECK (status IN ('PRESENT', 'EXCUSED', 'ABSENT', 'PARTIAL')),
    half_days    integer     NOT NULL CHECK (half_days >= 0),
    reason       text        CHECK (length(reason) BETWEEN 1 AND 500),
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, session_id, user_id, version),
    FOREIGN KEY (commune_id, session_id) REFERENCES assembly_session (commune_id, id),
    CHECK ((version = 1) = (reason IS NULL))
);
SELECT isolate_by_commune('attendance_record');
CREATE INDEX attendance_of_person ON attendance_record (commune_id, user_id);
