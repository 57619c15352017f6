CREATE SCHEMA IF NOT EXISTS reporting;

-- What the coordinator writes for the yearly accountability report: conclusions and
-- recommendations, and anonymised stories.
CREATE TABLE reporting.report_text (
    programme_id uuid        NOT NULL,
    year         integer     NOT NULL,
    conclusions  text,
    stories      text,
    updated_by   uuid        NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (programme_id, year)
);
