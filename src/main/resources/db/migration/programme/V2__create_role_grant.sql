-- A grant of a role that opens residents' files (case manager, safety officer, privacy officer),
-- kept for the privacy officer's review: who gave whom which roles in which programme, and when.
CREATE TABLE programme.role_grant (
    id           uuid        PRIMARY KEY,
    programme_id uuid        NOT NULL REFERENCES programme.programme (id),
    user_id      uuid        NOT NULL,
    roles        text[]      NOT NULL,
    granted_by   uuid        NOT NULL,
    granted_at   timestamptz NOT NULL,
    reviewed_by  uuid,
    reviewed_at  timestamptz
);
CREATE INDEX role_grant_unreviewed_idx ON programme.role_grant (programme_id, granted_at) WHERE reviewed_at IS NULL;
