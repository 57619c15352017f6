-- An administrator can require a user to choose a new password: until they have, every page sends
-- them to the password page and the API answers only the password change (PasswordChangeGate).
-- Setting it bumps the security stamp; the new password (a new hash) bumps it again.
ALTER TABLE access.user_account ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;

-- With two-factor enforced, a first enrolment needs a one-time code from an administrator, so that
-- knowing the password alone is not enough to enrol an authenticator. Only a SHA-256 of the code is
-- kept; one code per user at a time, used once, expiring.
CREATE TABLE access.enrolment_code (
    user_id    uuid PRIMARY KEY REFERENCES access.user_account (id) ON DELETE CASCADE,
    code_hash  text        NOT NULL,
    issued_by  uuid        NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
