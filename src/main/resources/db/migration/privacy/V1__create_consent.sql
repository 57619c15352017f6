CREATE SCHEMA IF NOT EXISTS privacy;

-- Consent of a person for sharing with one partner organisation for one purpose, or a recorded
-- legal basis that takes its place (e.g. the right to report under Wmo 2015 art. 5.2.6).
-- Append-only in spirit: a withdrawal is a new row; the latest row per person x organisation x purpose counts.
CREATE TABLE privacy.consent (
    id              uuid PRIMARY KEY,
    person_id       uuid        NOT NULL,
    organisation_id uuid        NOT NULL,
    purpose         text        NOT NULL,
    given           boolean     NOT NULL,
    method          text        NOT NULL,
    legal_basis     text,
    date            date        NOT NULL,
    recorded_by     uuid        NOT NULL,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX consent_person_idx ON privacy.consent (person_id, organisation_id, purpose, recorded_at DESC);
