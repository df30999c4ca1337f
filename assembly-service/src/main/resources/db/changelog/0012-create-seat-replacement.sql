--liquibase formatted sql

--changeset civiclimate:0012-create-seat-replacement
--comment: The audit record of each replacement (DOMAIN.md, sortition): a seated member of a drawn panel withdrew, staff asked for their replacement, and the reserve who best keeps the quotas was offered the seat (none when no reserve was left); whether the quotas hold with that reserve, and by how many seats they are broken if not. One replacement per withdrawal, whoever asks again.
CREATE TABLE seat_replacement (
    commune_id      uuid        NOT NULL,
    draw_id         uuid        NOT NULL,
    withdrawn_offer uuid        NOT NULL,
    reserve_offer   uuid,
    broken_seats    integer     CHECK (broken_seats >= 0),
    requested_by    text        NOT NULL,
    requested_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, withdrawn_offer),
    FOREIGN KEY (commune_id, draw_id) REFERENCES draw_seating (commune_id, draw_id) ON DELETE CASCADE,
    FOREIGN KEY (commune_id, withdrawn_offer) REFERENCES seat_offer (commune_id, id) ON DELETE CASCADE,
    FOREIGN KEY (commune_id, reserve_offer) REFERENCES seat_offer (commune_id, id) ON DELETE CASCADE,
    CHECK ((reserve_offer IS NULL) = (broken_seats IS NULL))
);
SELECT isolate_by_commune('seat_replacement');

--changeset civiclimate:0012-seat-replacement-requester-erasable
--comment: Who asked for a replacement is forgotten with their account (GDPR erasure), the record staying.
ALTER TABLE seat_replacement ALTER COLUMN requested_by DROP NOT NULL;
