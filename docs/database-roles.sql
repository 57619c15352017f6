-- Voordeur on a real PostgreSQL server: two roles (security.md acceptance 14).
--   voordeur_owner  owns the schemas and tables; Flyway migrates as this role.
--   voordeur_app    the application's connections: DML only, and INSERT/SELECT only on the audit log.
-- Run once as a superuser (psql -v owner_pw=... -v app_pw=... -f docs/database-roles.sql):

CREATE ROLE voordeur_owner LOGIN PASSWORD :'owner_pw';
CREATE ROLE voordeur_app   LOGIN PASSWORD :'app_pw' NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
CREATE DATABASE voordeur OWNER voordeur_owner;
\connect voordeur
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO voordeur_owner;

-- Then configure the application:
--   SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/voordeur
--   SPRING_DATASOURCE_USERNAME=voordeur_app      SPRING_DATASOURCE_PASSWORD=<app_pw>
--   SPRING_FLYWAY_USER=voordeur_owner            SPRING_FLYWAY_PASSWORD=<owner_pw>
--   VOORDEUR_DATABASE_APP_ROLE=voordeur_app      (the default)
-- At every start, after the migrations, the application (as the owner) runs the equivalent of
-- the statements below for every schema, so tables added by later migrations are covered.
-- A DBA who prefers to run them by hand (e.g. with VOORDEUR_DATABASE_APP_ROLE= left empty):
--
--   GRANT USAGE ON SCHEMA public, access, address, audit, household, meldcode, privacy,
--         programme, referral, reporting, retention, support TO voordeur_app;
--   (public holds the shared tables: Spring Session, ShedLock, the event publication log, job runs)
--   GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA <each schema> TO voordeur_app;
--   GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA <each schema> TO voordeur_app;
--   REVOKE ALL ON <every flyway_schema_history* table> FROM voordeur_app;
--   REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit.audit_entry FROM voordeur_app;
--
-- Besides the missing privileges, a trigger refuses UPDATE, DELETE and TRUNCATE on
-- audit.audit_entry for everyone, the owner included, unless the owner disables it.
