--liquibase formatted sql

--changeset civiclimate:0001-create-allowance-rule
--comment: What a commune pays its assembly members, rule by rule, with legal basis, caps and validity (DOMAIN.md, indemnification ledger).
CREATE TABLE allowance_rule (
    commune_id          uuid        NOT NULL,
    id                  uuid        NOT NULL,
    name                text        NOT NULL,
    legal_basis         text        NOT NULL,
    unit                text        NOT NULL CHECK (unit IN ('SESSION', 'HALF_DAY', 'DAY', 'HOUR')),
    amount_cents        bigint      NOT NULL CHECK (amount_cents >= 0),
    daily_cap_cents     bigint      CHECK (daily_cap_cents >= 0),
    yearly_cap_cents    bigint      CHECK (yearly_cap_cents >= 0),
    flat_rate           boolean     NOT NULL,
    valid_from          date        NOT NULL,
    valid_to            date,
    created_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (commune_id, id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
SELECT isolate_by_commune('allowance_rule');
