--liquibase formatted sql

-- Included first by every service's master changelog. Runs as the owner role; ${appRole} is the role the service
-- connects as, which owns nothing and cannot bypass row-level security.

--changeset civiclimate:platform-tenancy-0001-grant-app-role
--comment: Everything the owner creates from now on is usable (not alterable) by the application role.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};

--changeset civiclimate:platform-tenancy-0002-create-current-commune-id splitStatements:false
--comment: The commune of the current transaction, as set by CommuneTransactionManager; NULL when none is.
CREATE FUNCTION current_commune_id() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.commune_id', true), '')::uuid $$;

--changeset civiclimate:platform-tenancy-0003-create-isolate-by-commune splitStatements:false
--comment: Puts a tenant table under row-level security; every tenant table's changeset calls it right after CREATE TABLE.
CREATE FUNCTION isolate_by_commune(tenant_table regclass) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tenant_table);
    -- FORCE: the policy binds the table's owner too; only superusers and BYPASSRLS roles escape it.
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tenant_table);
    EXECUTE format('CREATE POLICY commune_isolation ON %s USING (commune_id = current_commune_id())'
                   ' WITH CHECK (commune_id = current_commune_id())', tenant_table);
END
$$;
REVOKE EXECUTE ON FUNCTION isolate_by_commune(regclass) FROM PUBLIC;

--changeset civiclimate:platform-tenancy-0004-create-current-user-id splitStatements:false
--comment: The acting user of the current transaction (a Keycloak user id), as set by CommuneTransactionManager; NULL when none is.
CREATE FUNCTION current_user_id() RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.user_id', true), '') $$;

--changeset civiclimate:platform-tenancy-0005-create-current-user-email splitStatements:false
--comment: The acting user's verified email address (lower-case), as set by CommuneTransactionManager; NULL when none is. Lets a user find what is addressed to them across communes (invitations).
CREATE FUNCTION current_user_email() RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.user_email', true), '') $$;
