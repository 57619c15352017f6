-- Indexes for the report's person and visit counts (see BENCHMARKS.md).
CREATE INDEX visit_member_person_idx ON household.visit_member (person_id);
CREATE INDEX visit_date_idx ON household.visit (date, household_id);
