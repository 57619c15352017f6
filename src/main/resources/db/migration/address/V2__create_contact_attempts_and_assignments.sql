-- Who visits which addresses (visitors usually go in pairs).
CREATE TABLE address.assignment (
    address_id  uuid        NOT NULL REFERENCES address.address (id),
    visitor_id  uuid        NOT NULL,
    assigned_at timestamptz NOT NULL,
    PRIMARY KEY (address_id, visitor_id)
);
CREATE INDEX assignment_visitor_idx ON address.assignment (visitor_id, address_id);

-- Every try to reach the household: date, daypart, channel, outcome, visitors, note.
CREATE TABLE address.contact_attempt (
    id           uuid PRIMARY KEY,
    address_id   uuid        NOT NULL REFERENCES address.address (id),
    programme_id uuid        NOT NULL,
    date         date        NOT NULL,
    daypart      text        NOT NULL,
    channel      text        NOT NULL,
    outcome      text        NOT NULL,
    note         text,
    visitor_ids  uuid[]      NOT NULL,
    recorded_by  uuid        NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX contact_attempt_address_idx ON address.contact_attempt (address_id, date DESC, recorded_at DESC);
CREATE INDEX contact_attempt_programme_idx ON address.contact_attempt (programme_id, outcome);

ALTER TABLE address.address ADD COLUMN first_visit_at date;
ALTER TABLE address.address ADD COLUMN last_attempt_daypart text;
ALTER TABLE address.address ADD COLUMN attempt_count integer NOT NULL DEFAULT 0;

-- A retried request (after a dropped connection) carries the same request id and records nothing twice.
ALTER TABLE address.contact_attempt ADD COLUMN request_id uuid;
CREATE UNIQUE INDEX contact_attempt_request_uq ON address.contact_attempt (request_id) WHERE request_id IS NOT NULL;
