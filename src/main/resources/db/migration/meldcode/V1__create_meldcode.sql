CREATE SCHEMA IF NOT EXISTS meldcode;

-- A concern about domestic violence or child abuse in a household, walked through the meldcode's five steps.
CREATE TABLE meldcode.meldcode_record (
    id               uuid PRIMARY KEY,
    programme_id     uuid        NOT NULL,
    household_id     uuid        NOT NULL,
    person_id        uuid,
    help_question_id uuid,
    concern          text,
    status           text        NOT NULL,
    opened_by        uuid        NOT NULL,
    opened_at        timestamptz NOT NULL,
    closed_at        timestamptz,
    version          integer     NOT NULL
);
CREATE INDEX meldcode_record_programme_idx ON meldcode.meldcode_record (programme_id, status, opened_at);
CREATE INDEX meldcode_record_household_idx ON meldcode.meldcode_record (household_id);
CREATE UNIQUE INDEX meldcode_record_help_question_uq ON meldcode.meldcode_record (help_question_id)
    WHERE help_question_id IS NOT NULL;

-- One recorded step: who, when, the note; step 4 holds the afwegingskader answers, step 5 the decision.
CREATE TABLE meldcode.step (
    record_id           uuid        NOT NULL REFERENCES meldcode.meldcode_record (id),
    number              integer     NOT NULL CHECK (number BETWEEN 1 AND 5),
    step                text        NOT NULL,
    done_by             uuid        NOT NULL,
    done_at             timestamptz NOT NULL,
    note                text        NOT NULL,
    acute_unsafety      boolean,
    structural_unsafety boolean,
    decision            text,
    PRIMARY KEY (record_id, number)
);
