-- Index for the report's referrals per partner (see BENCHMARKS.md).
CREATE INDEX referral_partner_idx ON referral.referral (programme_id, organisation_id, sent_on);
CREATE INDEX referral_person_idx ON referral.referral (person_id) WHERE status IN ('ACCEPTED', 'COMPLETED');
