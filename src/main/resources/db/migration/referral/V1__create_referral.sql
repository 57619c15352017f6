CREATE SCHEMA IF NOT EXISTS referral;

-- A help question referred to a partner organisation, with the priority agreement's clock.
CREATE TABLE referral.referral (
    id               uuid PRIMARY KEY,
    programme_id     uuid        NOT NULL,
    help_question_id uuid        NOT NULL,
    household_id     uuid        NOT NULL,
    person_id        uuid        NOT NULL,
    organisation_id  uuid        NOT NULL,
    priority         boolean     NOT NULL,
    warm_handover    boolean     NOT NULL,
    note             text,
    status           text        NOT NULL,
    reason           text,
    successful       boolean,
    sent_by          uuid        NOT NULL,
    sent_on          date        NOT NULL,
    due_on           date        NOT NULL,
    responded_on     date,
    response_days    integer,
    responded_by     uuid,
    completed_on     date,
    updated_at       timestamptz NOT NULL,
    version          integer     NOT NULL
);
CREATE INDEX referral_inbox_idx ON referral.referral (organisation_id, status);
CREATE INDEX referral_programme_idx ON referral.referral (programme_id, status);
CREATE INDEX referral_question_idx ON referral.referral (help_question_id);
