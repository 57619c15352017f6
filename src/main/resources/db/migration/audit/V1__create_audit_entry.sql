CREATE SCHEMA IF NOT EXISTS audit;

-- Append-only log of every read and write of personal data (NEN 7513 style).
-- Entries are hash-chained per lane: hash = sha256(prev_hash || canonical fields).
-- Lanes let concurrent transactions audit without waiting on one global lock.
CREATE TABLE audit.audit_entry (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lane            smallint     NOT NULL,
    at              timestamptz  NOT NULL,
    user_id         uuid,
    username        text,
    organisation_id uuid,
    roles           text,
    on_behalf_of    uuid,
    action          text         NOT NULL,
    outcome         text         NOT NULL,
    record_type     text,
    record_id       text,
    person_id       uuid,
    programme_id    uuid,
    purpose         text,
    reason          text,
    break_glass     boolean      NOT NULL DEFAULT false,
    channel         text         NOT NULL,
    client_address  text,
    details         text,
    prev_hash       text         NOT NULL,
    hash            text         NOT NULL
);

CREATE INDEX audit_entry_person_idx ON audit.audit_entry (person_id, at) WHERE person_id IS NOT NULL;
CREATE INDEX audit_entry_user_idx ON audit.audit_entry (user_id, at);
CREATE INDEX audit_entry_at_idx ON audit.audit_entry (at);
CREATE INDEX audit_entry_lane_idx ON audit.audit_entry (lane, id);

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit.audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit.audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
