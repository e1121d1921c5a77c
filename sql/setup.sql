-- setup: zoomfin is a trusted extension: an ordinary role with CREATE on the
-- database installs it.  Then the bundled filings are loaded for later tests.
-- (the role may be left from an earlier run against the same server)
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zoomfin_user') THEN CREATE ROLE zoomfin_user LOGIN; END IF; END $$;
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO zoomfin_user', current_database()); END $$;
SET ROLE zoomfin_user;
CREATE EXTENSION zoomfin;
SELECT extname, extversion, rolsuper AS owner_is_superuser
FROM pg_extension JOIN pg_roles ON pg_roles.oid = extowner WHERE extname = 'zoomfin';
RESET ROLE;
-- nothing in zoomfin is SECURITY DEFINER, and every function is IMMUTABLE PARALLEL SAFE
SELECT count(*) AS functions,
       count(*) FILTER (WHERE prosecdef) AS security_definer,
       count(*) FILTER (WHERE provolatile <> 'i' AND prokind = 'f') AS not_immutable,
       count(*) FILTER (WHERE proparallel <> 's') AS not_parallel_safe
FROM pg_proc WHERE pronamespace = 'zoomfin'::regnamespace;
\i test/scripts/load-filings.sql
SELECT count(*) >= 100 AS loaded FROM filings;
