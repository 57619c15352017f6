CREATE SCHEMA IF NOT EXISTS retention;

-- How long a programme keeps personal data. A programme without a row uses the defaults of
-- voordeur.retention.* (24 months after a file closes, 6 months after the programme ends).
CREATE TABLE retention.retention_policy (
    programme_id        uuid PRIMARY KEY,
    case_months         integer     NOT NULL CHECK (case_months BETWEEN 1 AND 240),
    contact_only_months integer     NOT NULL CHECK (contact_only_months BETWEEN 0 AND 240),
    updated_by          uuid        NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             integer     NOT NULL
);

-- Every retention run, dry or real: when, what triggered it, and how many records of each kind
-- it anonymised or deleted (or, for a dry run, would have). No personal data.
CREATE TABLE retention.retention_run (
    id           uuid PRIMARY KEY,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    dry_run      boolean     NOT NULL,
    trigger      text        NOT NULL,
    triggered_by uuid,
    programmes   integer     NOT NULL,
    counts       jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX retention_run_started_idx ON retention.retention_run (started_at DESC);
