-- An API token holds the security stamp its account had when the token was issued, and counts only
-- while the account still has that stamp (access V5): a role granted or taken away, a new password, a
-- second factor enrolled or reset, the account disabled, or "log out everywhere" (which bumps the
-- stamp itself) ends every token issued before, on every instance, in the statement that reads it.
ALTER TABLE access.api_token ADD COLUMN security_stamp bigint;
UPDATE access.api_token t SET security_stamp = u.security_stamp FROM access.user_account u WHERE u.id = t.user_id;
ALTER TABLE access.api_token ALTER COLUMN security_stamp SET NOT NULL;
