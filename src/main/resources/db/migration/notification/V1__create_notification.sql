CREATE SCHEMA IF NOT EXISTS notification;

-- How a user wants to hear of new work: an e-mail address, and each notification at once or one
-- digest a day. Without a row (or without an address) notifications stay in the outbox.
CREATE TABLE notification.preference (
    user_id    uuid PRIMARY KEY,
    email      text,
    mode       text        NOT NULL CHECK (mode IN ('IMMEDIATE', 'DAILY_DIGEST')),
    updated_at timestamptz NOT NULL,
    version    integer     NOT NULL
);

-- Every notification, once per event and recipient (the unique key makes the collecting job
-- idempotent, on any number of instances). It carries no personal content: only what happened
-- and a link into Voordeur.
CREATE TABLE notification.outbox (
    id           uuid PRIMARY KEY,
    kind         text        NOT NULL,
    record_id    uuid        NOT NULL,
    recipient_id uuid        NOT NULL,
    link         text        NOT NULL,
    created_at   timestamptz NOT NULL,
    sent_at      timestamptz,
    sent_to      text,
    CONSTRAINT outbox_once_uq UNIQUE (kind, record_id, recipient_id)
);
CREATE INDEX outbox_unsent_idx ON notification.outbox (recipient_id) WHERE sent_at IS NULL;
CREATE INDEX outbox_created_idx ON notification.outbox (created_at DESC);
