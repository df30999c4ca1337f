--liquibase formatted sql

--changeset civiclimate:gateway-0001-create-rate-window
--comment: Request counters per key (user, commune, anonymous client) and fixed window, shared by every gateway replica.
CREATE TABLE rate_window (
    key          text        NOT NULL,
    window_start timestamptz NOT NULL,
    hits         integer     NOT NULL,
    PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_window_start ON rate_window (window_start);
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_window TO ${appRole};
