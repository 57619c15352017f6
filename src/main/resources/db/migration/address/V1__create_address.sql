CREATE SCHEMA IF NOT EXISTS address;

-- Every dwelling in a programme's area. An address that vanished from a newer list is kept
-- with in_scope = false, so its history stays.
CREATE TABLE address.address (
    id                uuid PRIMARY KEY,
    programme_id      uuid        NOT NULL,
    postcode          text        NOT NULL,
    house_number      integer     NOT NULL,
    house_letter      text        NOT NULL DEFAULT '',
    addition          text        NOT NULL DEFAULT '',
    street            text        NOT NULL,
    city              text        NOT NULL,
    bag_id            text,
    corporation_owned boolean,
    status            text        NOT NULL DEFAULT 'IN_SCOPE',
    in_scope          boolean     NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           integer     NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX address_identity_uq
    ON address.address (programme_id, postcode, house_number, house_letter, lower(addition));
CREATE INDEX address_register_idx
    ON address.address (programme_id, street, house_number, house_letter, addition);
CREATE INDEX address_postcode_idx ON address.address (programme_id, postcode text_pattern_ops);
CREATE INDEX address_street_search_idx ON address.address (programme_id, lower(street) text_pattern_ops);
CREATE INDEX address_status_idx ON address.address (programme_id, status);

-- What happened to an address: imported, out of scope, back in scope, contact attempts, visits.
CREATE TABLE address.address_event (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    address_id uuid        NOT NULL REFERENCES address.address (id),
    at         timestamptz NOT NULL,
    kind       text        NOT NULL,
    detail     text,
    user_id    uuid
);
CREATE INDEX address_event_address_idx ON address.address_event (address_id, id);

-- An uploaded list waiting for the coordinator to confirm the preview.
CREATE TABLE address.pending_import (
    id           uuid PRIMARY KEY,
    programme_id uuid        NOT NULL,
    user_id      uuid        NOT NULL,
    created_at   timestamptz NOT NULL,
    content      bytea       NOT NULL
);
