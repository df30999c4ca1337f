--liquibase formatted sql

--changeset civiclimate:0002-create-assembly
--comment: A commune's assemblies (permanent council, topical panel, follow-up committee): seats, mandate length and the rotation in staggered cohorts (DOMAIN.md, permanent assembly).
CREATE TABLE assembly (
    commune_id       uuid        NOT NULL,
    id               uuid        NOT NULL,
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    kind             text        NOT NULL CHECK (kind IN ('PERMANENT_COUNCIL', 'TOPICAL_PANEL', 'FOLLOW_UP_COMMITTEE')),
    seats            integer     NOT NULL CHECK (seats BETWEEN 1 AND 500),
    mandate_months   integer     NOT NULL CHECK (mandate_months BETWEEN 1 AND 72),
    cohorts          integer     NOT NULL CHECK (cohorts BETWEEN 1 AND 12 AND cohorts <= seats AND mandate_months % cohorts = 0),
    first_sitting_on date        NOT NULL,
    topics           text[]      NOT NULL DEFAULT '{}',
    status           text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CLOSED')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, id)
);
SELECT isolate_by_commune('assembly');

--changeset civiclimate:0002-create-mandate
--comment: A person's seat in an assembly, from start to end. One active mandate per seat and per person and assembly, enforced here so that two staff seating at once cannot both succeed.
CREATE TABLE mandate (
    commune_id   uuid        NOT NULL,
    id           uuid        NOT NULL,
    assembly_id  uuid        NOT NULL,
    user_id      text        NOT NULL,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    seat         integer     NOT NULL CHECK (seat >= 1),
    cohort       integer     NOT NULL CHECK (cohort >= 1),
    starts_on    date        NOT NULL,
    ends_on      date        NOT NULL CHECK (ends_on > starts_on),
    status       text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'WITHDRAWN', 'REPLACED', 'ENDED')),
    chosen_by    text        NOT NULL CHECK (chosen_by IN ('BY_HAND', 'IMPORTED', 'DRAWN')),
    ended_on     date,
    end_reason   text,
    seated_by    text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, id),
    FOREIGN KEY (commune_id, assembly_id) REFERENCES assembly (commune_id, id),
    CHECK ((status = 'ACTIVE') = (ended_on IS NULL))
);
SELECT isolate_by_commune('mandate');
CREATE UNIQUE INDEX mandate_one_per_active_seat ON mandate (commune_id, assembly_id, seat) WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX mandate_one_active_per_person ON mandate (commune_id, assembly_id, user_id) WHERE status = 'ACTIVE';
CREATE INDEX mandate_due ON mandate (ends_on) WHERE status = 'ACTIVE';
CREATE INDEX mandate_of_person ON mandate (commune_id, user_id);
