CREATE SCHEMA IF NOT EXISTS neighbourhood;

-- An area indicator of a programme (leefbaarheid): an aggregate figure the coordinator types in or
-- imports, never a figure about one household. The baseline is the value the programme started from.
CREATE TABLE neighbourhood.indicator (
    id              uuid PRIMARY KEY,
    programme_id    uuid          NOT NULL,
    name            text          NOT NULL,
    unit            text          NOT NULL,
    direction       text          NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    baseline_year   integer       CHECK (baseline_year BETWEEN 1900 AND 2200),
    baseline_value  numeric(15, 3),
    baseline_source text,
    created_at      timestamptz   NOT NULL,
    version         integer       NOT NULL
);
CREATE UNIQUE INDEX indicator_programme_name_uq ON neighbourhood.indicator (programme_id, lower(name));

-- The indicator's value in one year, with where it comes from.
CREATE TABLE neighbourhood.indicator_value (
    indicator_id uuid           NOT NULL REFERENCES neighbourhood.indicator (id) ON DELETE CASCADE,
    year         integer        NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    value        numeric(15, 3) NOT NULL,
    source       text           NOT NULL,
    PRIMARY KEY (indicator_id, year)
);

-- An activity in and for the neighbourhood (Wildcats, play days, gardens): how many took part and helped.
CREATE TABLE neighbourhood.initiative (
    id           uuid PRIMARY KEY,
    programme_id uuid        NOT NULL,
    activity     text        NOT NULL,
    held_on      date        NOT NULL,
    organiser    text        NOT NULL,
    participants integer     NOT NULL CHECK (participants >= 0),
    volunteers   integer     NOT NULL CHECK (volunteers >= 0),
    description  text,
    created_at   timestamptz NOT NULL,
    version      integer     NOT NULL
);
CREATE INDEX initiative_programme_idx ON neighbourhood.initiative (programme_id, held_on);
