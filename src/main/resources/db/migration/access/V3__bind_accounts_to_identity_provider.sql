-- The identity-provider user an account is bound to at its first OpenID Connect login: issuer
-- and subject (the "iss" and "sub" claims). Afterwards only this pair matches the account, not
-- the username claim, which an IdP may let users change or may reassign.
ALTER TABLE access.user_account ADD COLUMN oidc_issuer text;
ALTER TABLE access.user_account ADD COLUMN oidc_subject text;
ALTER TABLE access.user_account ADD CONSTRAINT user_account_oidc_pair
    CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL));
CREATE UNIQUE INDEX user_account_oidc_uq ON access.user_account (oidc_issuer, oidc_subject)
    WHERE oidc_subject IS NOT NULL;
