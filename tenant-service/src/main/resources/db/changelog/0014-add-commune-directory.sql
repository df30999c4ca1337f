--liquibase formatted sql

--changeset civiclimate:0014-add-commune-directory
--comment: What the public directory shows and searches: postal codes, a description, the join policy (public, unlike the joining rule's code, so it lives in the register, which is no tenant table) and the name folded for search (lower case, no accents, punctuation as spaces; written by the service).
ALTER TABLE commune
    ADD COLUMN postal_codes text[] NOT NULL DEFAULT '{}'
        CHECK (cardinality(postal_codes) <= 50 AND array_to_string(postal_codes, '|') ~ '^([A-Za-z0-9 -]{1,10}(\||$))*$'),
    ADD COLUMN description  text CHECK (length(description) <= 2000),
    ADD COLUMN join_policy  text CHECK (join_policy IN ('OPEN', 'INVITATION_CODE')),
    ADD COLUMN name_search  text;
UPDATE commune SET name_search = trim(regexp_replace(lower(translate(name,
    'ÀÁÂÄÃÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâäãåçèéêëìíîïñòóôõöùúûüýÿ',
    'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy')), '[^[:alnum:]]+', ' ', 'g'));
ALTER TABLE commune ALTER COLUMN name_search SET NOT NULL;
-- The owner is bound by the rules too (FORCE): lifted for this one copy of each commune's chosen policy.
ALTER TABLE joining_rule NO FORCE ROW LEVEL SECURITY;
UPDATE commune c SET join_policy = j.policy FROM joining_rule j WHERE j.commune_id = c.id;
ALTER TABLE joining_rule FORCE ROW LEVEL SECURITY;

--changeset civiclimate:0014-index-commune-name-search
--comment: Trigram index for the directory's search anywhere in a name; pg_trgm is a trusted extension (the database owner may create it), kept out of the public schema that jOOQ generates code from.
CREATE SCHEMA IF NOT EXISTS extensions;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA extensions;
CREATE INDEX commune_name_search ON commune USING gin (name_search extensions.gin_trgm_ops);

--changeset civiclimate:0014-fold-commune-name-by-default splitStatements:false
--comment: A commune written by SQL alone (a seed, an operator's fix) still gets its name folded for search: the service folds it itself (every accent), this fallback the common Latin ones.
CREATE FUNCTION fold_commune_name() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.name_search IS NULL
        OR (TG_OP = 'UPDATE' AND NEW.name IS DISTINCT FROM OLD.name AND NEW.name_search IS NOT DISTINCT FROM OLD.name_search) THEN
        NEW.name_search := trim(regexp_replace(lower(translate(NEW.name,
            'ÀÁÂÄÃÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâäãåçèéêëìíîïñòóôõöùúûüýÿ',
            'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy')), '[^[:alnum:]]+', ' ', 'g'));
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER commune_name_search BEFORE INSERT OR UPDATE ON commune
    FOR EACH ROW EXECUTE FUNCTION fold_commune_name();
