-- The security stamp of an account changes whenever what the account may do changes: a role
-- granted or taken away, the account enabled or disabled, a new password, another organisation
-- or specialism, or the organisation's kind (police never see health data). Every request
-- compares the stamp of the principal it holds with this one (one indexed read), so a change
-- takes effect on the next request on every instance. Triggers keep it, so no code path can
-- forget to.
ALTER TABLE access.user_account ADD COLUMN security_stamp bigint NOT NULL DEFAULT 0;

CREATE FUNCTION access.bump_stamp_on_grant() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE access.user_account SET security_stamp = security_stamp + 1 WHERE id = OLD.user_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.user_id <> OLD.user_id) THEN
        UPDATE access.user_account SET security_stamp = security_stamp + 1 WHERE id = NEW.user_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER role_grant_bumps_stamp AFTER INSERT OR UPDATE OR DELETE ON access.role_grant
    FOR EACH ROW EXECUTE FUNCTION access.bump_stamp_on_grant();

CREATE FUNCTION access.bump_stamp_on_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.enabled IS DISTINCT FROM OLD.enabled OR NEW.password_hash IS DISTINCT FROM OLD.password_hash
            OR NEW.organisation_id IS DISTINCT FROM OLD.organisation_id OR NEW.specialism IS DISTINCT FROM OLD.specialism
            OR NEW.username IS DISTINCT FROM OLD.username THEN
        NEW.security_stamp := OLD.security_stamp + 1;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER user_account_bumps_stamp BEFORE UPDATE ON access.user_account
    FOR EACH ROW EXECUTE FUNCTION access.bump_stamp_on_account();

CREATE FUNCTION access.bump_stamp_on_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind IS DISTINCT FROM OLD.kind THEN
        UPDATE access.user_account SET security_stamp = security_stamp + 1 WHERE organisation_id = NEW.id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER organisation_bumps_stamp AFTER UPDATE ON access.organisation
    FOR EACH ROW EXECUTE FUNCTION access.bump_stamp_on_organisation();

-- A second factor enrolled or removed changes the stamp too (its tokens and sessions were issued without it).
CREATE FUNCTION access.bump_stamp_on_two_factor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.secret_encrypted IS NOT DISTINCT FROM OLD.secret_encrypted THEN
        RETURN NULL; -- a code used (last_used_step) is no change of rights
    END IF;
    UPDATE access.user_account SET security_stamp = security_stamp + 1
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.user_id ELSE NEW.user_id END;
    RETURN NULL;
END $$;

CREATE TRIGGER two_factor_bumps_stamp AFTER INSERT OR UPDATE OR DELETE ON access.two_factor
    FOR EACH ROW EXECUTE FUNCTION access.bump_stamp_on_two_factor();
