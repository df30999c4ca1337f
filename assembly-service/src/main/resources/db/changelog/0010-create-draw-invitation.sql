--liquibase formatted sql

--changeset civiclimate:0010-create-draw-invitation
--comment: The invitation letters of a draw whose register stays outside the platform (DOMAIN.md, sortition, stage 1): each letter's number and its code, which lets one person of the household sign up once, on the public page, while the sign-up is open. No address: the commune merges the codes into its own letters.
ALTER TABLE draw ADD COLUMN sign_up_until timestamptz;
CREATE TABLE draw_invitation (
    commune_id uuid        NOT NULL,
    draw_id    uuid        NOT NULL,
    letter     integer     NOT NULL CHECK (letter >= 1),
    code       text        NOT NULL CHECK (code ~ '^[A-Z2-7]{10}$'),
    used_at    timestamptz,
    PRIMARY KEY (commune_id, draw_id, letter),
    FOREIGN KEY (commune_id, draw_id) REFERENCES draw (commune_id, id) ON DELETE CASCADE,
    UNIQUE (commune_id, draw_id, code)
);
SELECT isolate_by_commune('draw_invitation');

--changeset civiclimate:0010-add-volunteer-consent
--comment: A volunteer who signed up on the public page: when they consented to their data's use for the draw, and the letter they came with (one sign-up per letter).
ALTER TABLE draw_volunteer ADD COLUMN consented_at timestamptz;
ALTER TABLE draw_volunteer ADD COLUMN letter integer;
CREATE UNIQUE INDEX draw_volunteer_letter ON draw_volunteer (commune_id, draw_id, letter) WHERE letter IS NOT NULL;
