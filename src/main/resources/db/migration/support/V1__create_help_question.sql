CREATE SCHEMA IF NOT EXISTS support;

-- A resident's question, a professional's signal, or an opportunity, about one person and one life domain.
CREATE TABLE support.help_question (
    id           uuid PRIMARY KEY,
    programme_id uuid        NOT NULL,
    household_id uuid        NOT NULL,
    person_id    uuid        NOT NULL,
    domain       text        NOT NULL,
    kind         text        NOT NULL,
    description  text        NOT NULL,
    urgency      text        NOT NULL,
    status       text        NOT NULL,
    handler      text,
    outcome      text,
    created_by   uuid        NOT NULL,
    created_at   timestamptz NOT NULL,
    closed_at    timestamptz,
    version      integer     NOT NULL
);
CREATE INDEX help_question_household_idx ON support.help_question (household_id);
CREATE INDEX help_question_programme_idx ON support.help_question (programme_id, status);
