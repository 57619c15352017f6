-- Emergency access ("break the glass"): a user without access to a household's file opens it
-- for a limited time with a mandatory reason. The privacy officer reviews every grant.
-- Version 4.1 so that it cannot collide with another branch's V4 in this module.
CREATE TABLE household.break_glass (
    id           uuid PRIMARY KEY,
    household_id uuid        NOT NULL REFERENCES household.household (id),
    programme_id uuid        NOT NULL,
    user_id      uuid        NOT NULL,
    reason       text        NOT NULL CHECK (length(btrim(reason)) > 0),
    granted_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    reviewed_by  uuid,
    reviewed_at  timestamptz
);
CREATE INDEX break_glass_active_idx ON household.break_glass (household_id, user_id, expires_at);
CREATE INDEX break_glass_review_idx ON household.break_glass (programme_id, granted_at) WHERE reviewed_at IS NULL;
