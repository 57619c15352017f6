-- TOTP second factor per user. The secret is AES-GCM encrypted by the application
-- (key outside the database); last_used_step makes every code single-use.
CREATE TABLE access.two_factor (
    user_id          uuid PRIMARY KEY REFERENCES access.user_account (id) ON DELETE CASCADE,
    secret_encrypted text        NOT NULL,
    enrolled_at      timestamptz NOT NULL,
    last_used_step   bigint      NOT NULL
);

-- Whether the token was issued after a second factor (needed for MFA-only operations).
ALTER TABLE access.api_token ADD COLUMN two_factor boolean NOT NULL DEFAULT false;

-- A secret offered through the API and not yet confirmed with a code (pages keep theirs in the session).
CREATE TABLE access.two_factor_offer (
    user_id          uuid PRIMARY KEY REFERENCES access.user_account (id) ON DELETE CASCADE,
    secret_encrypted text        NOT NULL,
    offered_at       timestamptz NOT NULL
);
