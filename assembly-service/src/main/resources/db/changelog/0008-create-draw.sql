--liquibase formatted sql

--changeset civiclimate:0008-create-draw
--comment: A draw of an assembly's members (DOMAIN.md, sortition): the panel and reserves to draw, the algorithm, the seed announced before the draw and where; its run's state and progress; once completed, the public record anyone can re-run (pseudonymous) and the staff's outcome (relaxation proposed, dropout checks, legacy comparison).
CREATE TABLE draw (
    commune_id          uuid        NOT NULL,
    id                  uuid        NOT NULL,
    assembly_id         uuid        NOT NULL,
    title               text        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    panel_size          integer     NOT NULL CHECK (panel_size BETWEEN 1 AND 1000),
    reserve_count       integer     NOT NULL CHECK (reserve_count BETWEEN 0 AND 1000),
    algorithm           text        NOT NULL CHECK (algorithm IN ('LEXIMIN', 'GOLDILOCKS', 'LEGACY')),
    seed                text        NOT NULL CHECK (length(seed) BETWEEN 1 AND 500),
    seed_source         text        NOT NULL CHECK (length(seed_source) BETWEEN 1 AND 500),
    time_budget_seconds integer     NOT NULL CHECK (time_budget_seconds BETWEEN 10 AND 3600),
    status              text        NOT NULL DEFAULT 'DRAFT'
                                    CHECK (status IN ('DRAFT', 'QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    progress            real        NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
    stage               text,
    cancel_requested    boolean     NOT NULL DEFAULT false,
    failure             text,
    record              jsonb,
    outcome             jsonb,
    created_by          text        NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    started_at          timestamptz,
    finished_at         timestamptz,
    PRIMARY KEY (commune_id, id),
    FOREIGN KEY (commune_id, assembly_id) REFERENCES assembly (commune_id, id),
    -- A completed draw keeps its record: what was published stays published.
    CHECK (status <> 'COMPLETED' OR (record IS NOT NULL AND outcome IS NOT NULL))
);
SELECT isolate_by_commune('draw');

--changeset civiclimate:0008-create-draw-quota
--comment: The seats each value of a stratifying feature may take on the draw's panel, in the order staff set them.
CREATE TABLE draw_quota (
    commune_id uuid    NOT NULL,
    draw_id    uuid    NOT NULL,
    position   integer NOT NULL CHECK (position >= 0),
    feature    text    NOT NULL CHECK (length(feature) BETWEEN 1 AND 100),
    value      text    NOT NULL CHECK (length(value) BETWEEN 1 AND 100),
    min_seats  integer NOT NULL CHECK (min_seats >= 0),
    max_seats  integer NOT NULL CHECK (max_seats >= min_seats),
    PRIMARY KEY (commune_id, draw_id, position),
    FOREIGN KEY (commune_id, draw_id) REFERENCES draw (commune_id, id) ON DELETE CASCADE,
    UNIQUE (commune_id, draw_id, feature, value)
);
SELECT isolate_by_commune('draw_quota');

--changeset civiclimate:0008-create-draw-volunteer
--comment: The draw's pool: each volunteer under a random pseudonym (what the public record shows), their contact for staff, their value for each feature. One per household and no address twice.
CREATE TABLE draw_volunteer (
    commune_id uuid  NOT NULL,
    draw_id    uuid  NOT NULL,
    pseudonym  text  NOT NULL CHECK (pseudonym ~ '^[A-Z2-7]{10}$'),
    name       text  CHECK (length(name) <= 200),
    email      text  CHECK (length(email) <= 320),
    household  text  CHECK (length(household) <= 200),
    features   jsonb NOT NULL,
    PRIMARY KEY (commune_id, draw_id, pseudonym),
    FOREIGN KEY (commune_id, draw_id) REFERENCES draw (commune_id, id) ON DELETE CASCADE
);
SELECT isolate_by_commune('draw_volunteer');
CREATE UNIQUE INDEX draw_volunteer_email ON draw_volunteer (commune_id, draw_id, lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX draw_volunteer_household ON draw_volunteer (commune_id, draw_id, household) WHERE household IS NOT NULL;

--changeset civiclimate:0008-create-draw-job splitStatements:false
--comment: The draws waiting for or in a run, with the lease of the instance running each: ids and times only. Any instance's worker may claim an expired lease across communes (its transaction says so with app.draw_worker); everything else sees its own commune's rows only.
CREATE TABLE draw_job (
    commune_id  uuid        NOT NULL,
    draw_id     uuid        NOT NULL,
    attempts    integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    lease_until timestamptz NOT NULL DEFAULT now(),
    -- Changed at each claim: a run's writes count only while its claim is the job's (a run that lost its lease writes nothing).
    run_token   uuid,
    PRIMARY KEY (commune_id, draw_id),
    FOREIGN KEY (commune_id, draw_id) REFERENCES draw (commune_id, id) ON DELETE CASCADE
);
SELECT isolate_by_commune('draw_job');
CREATE POLICY draw_worker ON draw_job USING (current_setting('app.draw_worker', true) = 'on');
CREATE INDEX draw_job_due ON draw_job (lease_until);
