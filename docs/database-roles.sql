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
--
-- The owner and any superuser can still disable that trigger, and voordeur_app can INSERT. What
-- makes such a change visible lies outside the database (issue 16): every entry carries an
-- HMAC-SHA-256 under VOORDEUR_AUDIT_KEY, and signed checkpoints of the newest entries go to
-- VOORDEUR_AUDIT_CHECKPOINT_DIRECTORY; GET /api/v1/audit/verify reports any rewritten, forged
-- or removed entry. So:
--   * let both roles log in with a password only (pg_hba.conf: scram-sha-256, no trust), and
--     keep the owner's password from whoever does not run migrations;
--   * keep the audit key and the checkpoint store out of reach of the database host and its
--     administrators (a secret store; a separate, append-only or WORM volume or bucket);
--   * voordeur_app needs USAGE on audit.audit_entry_id_seq (granted above with the other
--     sequences): an entry's id is taken before it is written, because the hash covers it.
-- The embedded database does this by itself: its superuser has a generated password kept in
-- voordeur-superuser.secret in its data directory, and every login needs a password.
