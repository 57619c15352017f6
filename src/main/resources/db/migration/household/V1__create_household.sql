CREATE SCHEMA IF NOT EXISTS household;

-- The people living at one address of a programme, as met during visits.
CREATE TABLE household.household (
    id                    uuid PRIMARY KEY,
    programme_id          uuid        NOT NULL,
    address_id            uuid        NOT NULL,
    willing_to_volunteer  boolean,
    volunteer_note        text,
    interpreter_needed    boolean     NOT NULL DEFAULT false,
    interpreter_language  text,
    revisit_date          date,
    case_manager_id       uuid,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               integer     NOT NULL
);
CREATE UNIQUE INDEX household_address_uq ON household.household (address_id);
CREATE INDEX household_programme_idx ON household.household (programme_id);
CREATE INDEX household_revisit_idx ON household.household (programme_id, revisit_date) WHERE revisit_date IS NOT NULL;

CREATE TABLE household.person (
    id           uuid PRIMARY KEY,
    household_id uuid        NOT NULL REFERENCES household.household (id),
    name         text        NOT NULL,
    birth_year   integer,
    relation     text        NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX person_household_idx ON household.person (household_id);

CREATE TABLE household.visit (
    id           uuid PRIMARY KEY,
    household_id uuid        NOT NULL REFERENCES household.household (id),
    date         date        NOT NULL,
    visitor_ids  uuid[]      NOT NULL,
    recorded_by  uuid        NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX visit_household_idx ON household.visit (household_id, date);

CREATE TABLE household.visit_member (
    visit_id  uuid    NOT NULL REFERENCES household.visit (id),
    person_id uuid    NOT NULL REFERENCES household.person (id),
    present   boolean NOT NULL,
    PRIMARY KEY (visit_id, person_id)
);

-- The conversation per member and life domain: a short note and an optional self-sufficiency score.
CREATE TABLE household.conversation (
    id          uuid PRIMARY KEY,
    visit_id    uuid        REFERENCES household.visit (id),
    person_id   uuid        NOT NULL REFERENCES household.person (id),
    domain      text        NOT NULL,
    note        text,
    recorded_by uuid        NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX conversation_person_idx ON household.conversation (person_id);

-- Self-sufficiency scores (ZRM style, 1..5), per person, per domain, dated.
CREATE TABLE household.score (
    id          uuid PRIMARY KEY,
    person_id   uuid        NOT NULL REFERENCES household.person (id),
    domain      text        NOT NULL,
    score       integer     NOT NULL CHECK (score BETWEEN 1 AND 5),
    date        date        NOT NULL,
    assessor_id uuid        NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX score_person_idx ON household.score (person_id, domain, date);

-- Remarks for the housing corporation (maintenance, housing wishes), kept apart from the rest of
-- the file so the corporation can receive them alone.
CREATE TABLE household.housing_remark (
    id           uuid PRIMARY KEY,
    household_id uuid        NOT NULL REFERENCES household.household (id),
    address_id   uuid        NOT NULL,
    kind         text        NOT NULL,
    text         text        NOT NULL,
    created_by   uuid        NOT NULL,
    created_at   timestamptz NOT NULL
);
CREATE INDEX housing_remark_address_idx ON household.housing_remark (address_id);

-- A visit form as it is being filled in, saved on the server as the visitor types.
CREATE TABLE household.visit_draft (
    address_id uuid        NOT NULL,
    user_id    uuid        NOT NULL,
    content    text        NOT NULL,
    saved_at   timestamptz NOT NULL,
    PRIMARY KEY (address_id, user_id)
);
