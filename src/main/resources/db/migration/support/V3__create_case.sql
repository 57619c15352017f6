-- A case (traject) for a household with questions in several domains: an owner, the persons it
-- covers, and a plan of goals and actions.
CREATE TABLE support.support_case (
    id               uuid PRIMARY KEY,
    programme_id     uuid        NOT NULL,
    household_id     uuid        NOT NULL,
    owner_id         uuid        NOT NULL,
    status           text        NOT NULL,
    close_reason     text,
    opened_at        timestamptz NOT NULL,
    activated_at     timestamptz,
    closed_at        timestamptz,
    last_activity_at timestamptz NOT NULL,
    version          integer     NOT NULL
);
CREATE INDEX support_case_household_idx ON support.support_case (household_id);
CREATE INDEX support_case_programme_idx ON support.support_case (programme_id, status);

CREATE TABLE support.case_person (
    case_id   uuid NOT NULL REFERENCES support.support_case (id),
    person_id uuid NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX case_person_person_idx ON support.case_person (person_id);

CREATE TABLE support.plan_goal (
    id         uuid PRIMARY KEY,
    case_id    uuid        NOT NULL REFERENCES support.support_case (id),
    text       text        NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE support.plan_action (
    id         uuid PRIMARY KEY,
    case_id    uuid        NOT NULL REFERENCES support.support_case (id),
    goal_id    uuid        NOT NULL REFERENCES support.plan_goal (id),
    text       text        NOT NULL,
    owner_id   uuid        NOT NULL,
    due_date   date,
    done_at    timestamptz,
    created_at timestamptz NOT NULL
);
CREATE INDEX plan_action_due_idx ON support.plan_action (owner_id, due_date) WHERE done_at IS NULL;
