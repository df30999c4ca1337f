--liquibase formatted sql

--changeset civiclimate:0013-create-erased-account
--comment: The ids of deleted accounts, and nothing else about them: a token issued before the deletion stays valid for minutes, and must not bring the person's name and address back into person. Not a tenant table: an account spans communes.
CREATE TABLE erased_account (
    user_id   text        PRIMARY KEY,
    erased_at timestamptz NOT NULL DEFAULT now()
);
