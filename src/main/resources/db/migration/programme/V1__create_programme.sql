CREATE SCHEMA IF NOT EXISTS programme;

-- One Achter de Voordeur project in one area.
CREATE TABLE programme.programme (
    id                       uuid PRIMARY KEY,
    name                     text          NOT NULL,
    municipality             text          NOT NULL,
    neighbourhood            text          NOT NULL,
    start_date               date          NOT NULL,
    end_date                 date,
    budget_euros             numeric(12, 2),
    planned_visits           integer,
    target_participation_pct integer,
    target_trajectory_pct    integer,
    area_description         text,
    status                   text          NOT NULL,
    created_at               timestamptz   NOT NULL,
    version                  integer       NOT NULL,
    CONSTRAINT programme_period_ck CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT programme_budget_ck CHECK (budget_euros IS NULL OR budget_euros >= 0),
    CONSTRAINT programme_targets_ck CHECK (
        (target_participation_pct IS NULL OR target_participation_pct BETWEEN 0 AND 100) AND
        (target_trajectory_pct IS NULL OR target_trajectory_pct BETWEEN 0 AND 100))
);
CREATE INDEX programme_municipality_idx ON programme.programme (lower(municipality));

-- A partner organisation and its priority agreement: working days within which it responds.
CREATE TABLE programme.partner (
    programme_id             uuid        NOT NULL REFERENCES programme.programme (id),
    organisation_id          uuid        NOT NULL,
    priority_response_days   integer     NOT NULL CHECK (priority_response_days BETWEEN 1 AND 60),
    added_at                 timestamptz NOT NULL,
    PRIMARY KEY (programme_id, organisation_id)
);
