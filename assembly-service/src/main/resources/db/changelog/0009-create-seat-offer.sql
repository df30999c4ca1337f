--liquibase formatted sql

--changeset civiclimate:0009-create-draw-seating
--comment: How a completed draw's panel is seated: the days each person has to answer their offer, and the day their mandates start (today if none); set once, when staff send the offers.
CREATE TABLE draw_seating (
    commune_id   uuid        NOT NULL,
    draw_id      uuid        NOT NULL,
    answer_days  integer     NOT NULL CHECK (answer_days BETWEEN 1 AND 60),
    starts_on    date,
    started_by   text        NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, draw_id),
    FOREIGN KEY (commune_id, draw_id) REFERENCES draw (commune_id, id) ON DELETE CASCADE
);
SELECT isolate_by_commune('draw_seating');

--changeset civiclimate:0009-create-seat-offer
--comment: A seat offered to a drawn volunteer (or, when one refuses or lets the deadline pass, to the next reserve that keeps the quotas): answered by its emailed link and key (a refusal) or by the person signed in with the offer's address (an acceptance, which seats them); one offer per volunteer and draw.
CREATE TABLE seat_offer (
    commune_id    uuid        NOT NULL,
    id            uuid        NOT NULL,
    draw_id       uuid        NOT NULL,
    -- The order the offers went in: the panel's in its draw's order, then each reserve as called.
    position      integer     NOT NULL CHECK (position >= 0),
    pseudonym     text        NOT NULL,
    -- SHA-256 of the key the offer's email link carries: a refusal by link needs it (staff never see it).
    key_hash      bytea       NOT NULL CHECK (length(key_hash) = 32),
    from_reserves boolean     NOT NULL,
    -- The offer whose refusal or lapse called this one.
    replaces      uuid,
    status        text        NOT NULL DEFAULT 'OFFERED'
                              CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
    deadline      timestamptz NOT NULL,
    offered_at    timestamptz NOT NULL DEFAULT now(),
    answered_at   timestamptz,
    -- Who answered a refusal: the person by the link, or the staff member who recorded it.
    answered_by   text,
    user_id       text,
    mandate_id    uuid,
    PRIMARY KEY (commune_id, id),
    FOREIGN KEY (commune_id, draw_id) REFERENCES draw_seating (commune_id, draw_id) ON DELETE CASCADE,
    FOREIGN KEY (commune_id, draw_id, pseudonym) REFERENCES draw_volunteer (commune_id, draw_id, pseudonym) ON DELETE CASCADE,
    FOREIGN KEY (commune_id, replaces) REFERENCES seat_offer (commune_id, id),
    UNIQUE (commune_id, draw_id, pseudonym),
    UNIQUE (commune_id, draw_id, position),
    CHECK ((status = 'OFFERED') = (answered_at IS NULL)),
    CHECK (status <> 'ACCEPTED' OR mandate_id IS NOT NULL)
);
SELECT isolate_by_commune('seat_offer');
CREATE INDEX seat_offer_due ON seat_offer (deadline) WHERE status = 'OFFERED';
