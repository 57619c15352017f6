CREATE SCHEMA IF NOT EXISTS access;

CREATE TABLE access.organisation (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL,
    kind       text        NOT NULL,
    created_at timestamptz NOT NULL,
    version    integer     NOT NULL
);
CREATE UNIQUE INDEX organisation_name_uq ON access.organisation (lower(name));

CREATE TABLE access.user_account (
    id              uuid PRIMARY KEY,
    username        text        NOT NULL,
    password_hash   text        NOT NULL,
    display_name    text        NOT NULL,
    organisation_id uuid        NOT NULL REFERENCES access.organisation (id),
    specialism      text,
    enabled         boolean     NOT NULL,
    created_at      timestamptz NOT NULL,
    version         integer     NOT NULL
);
CREATE UNIQUE INDEX user_account_username_uq ON access.user_account (lower(username));
CREATE INDEX user_account_organisation_idx ON access.user_account (organisation_id);

-- A role held by a user: everywhere (programme_id NULL) or in one programme.
CREATE TABLE access.role_grant (
    user_id      uuid NOT NULL REFERENCES access.user_account (id) ON DELETE CASCADE,
    role         text NOT NULL,
    programme_id uuid
);
CREATE UNIQUE INDEX role_grant_uq ON access.role_grant (user_id, role, programme_id) NULLS NOT DISTINCT;
CREATE INDEX role_grant_programme_idx ON access.role_grant (programme_id, role);

-- API bearer tokens; only a SHA-256 of the token is stored.
CREATE TABLE access.api_token (
    token_hash text PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES access.user_account (id) ON DELETE CASCADE,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX api_token_user_idx ON access.api_token (user_id);

-- Failed logins per account name and per client address, for throttling.
CREATE TABLE access.login_throttle (
    key           text PRIMARY KEY,
    failures      integer     NOT NULL,
    last_failure  timestamptz NOT NULL,
    blocked_until timestamptz
);
