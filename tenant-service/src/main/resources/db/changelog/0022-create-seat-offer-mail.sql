--liquibase formatted sql

--changeset civiclimate:0022-create-seat-offer-mail
--comment: Which seat offers (assembly-service's seat.offered) were mailed to the drawn volunteer or reserve they went to, written with the mail in a transaction of its own so that a replayed or retried event mails nobody twice. A tenant table; ids only (the address stays with the offer, in assembly-service).
CREATE TABLE seat_offer_mail (
    commune_id uuid        NOT NULL REFERENCES commune (id),
    offer_id   uuid        NOT NULL,
    mailed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, offer_id)
);
SELECT isolate_by_commune('seat_offer_mail');
