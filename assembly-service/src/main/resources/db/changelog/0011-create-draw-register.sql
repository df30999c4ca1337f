--liquibase formatted sql

--changeset civiclimate:0011-create-draw-register
--comment: A register uploaded for a draw's stage 1 (DOMAIN.md, sortition): one row per household (a household on several lines keeps its first), whose names and addresses are deleted once the letters are exported. The draw keeps what stays public: the file's SHA-256, its rows and households, the households per district, and whether the letters were drawn by district.
ALTER TABLE draw ADD COLUMN register_sha256 text CHECK (register_sha256 ~ '^[0-9a-f]{64}$');
ALTER TABLE draw ADD COLUMN register_rows integer CHECK (register_rows >= 0);
ALTER TABLE draw ADD COLUMN register_households integer CHECK (register_households >= 0);
ALTER TABLE draw ADD COLUMN register_districts jsonb;
ALTER TABLE draw ADD COLUMN register_uploaded_at timestamptz;
ALTER TABLE draw ADD COLUMN register_deleted_at timestamptz;
ALTER TABLE draw ADD COLUMN letters_by_district boolean;
CREATE TABLE draw_register (
    commune_id uuid    NOT NULL,
    draw_id    uuid    NOT NULL,
    household  text    NOT NULL,
    line       integer NOT NULL CHECK (line >= 2),
    name       text    NOT NULL,
    address    text    NOT NULL,
    district   text,
    PRIMARY KEY (commune_id, draw_id, household),
    FOREIGN KEY (commune_id, draw_id) REFERENCES draw (commune_id, id) ON DELETE CASCADE
);
SELECT isolate_by_commune('draw_register');

--changeset civiclimate:0011-add-letter-household
--comment: A letter drawn from the register: its household until the register is deleted (the mail merge joins it to the name and address), and its district, which stays.
ALTER TABLE draw_invitation ADD COLUMN household text;
ALTER TABLE draw_invitation ADD COLUMN district text;
