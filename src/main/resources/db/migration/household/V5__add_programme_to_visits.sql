-- The programme on every visit and visit member, so that the programme report reads a programme's
-- visits and visited persons by one index range instead of one probe per household and per person
-- (see BENCHMARKS.md, "Programme report"). A visit's programme is its household's: the composite
-- foreign keys below keep the copy equal to it, so it can never drift.
CREATE UNIQUE INDEX household_programme_uq ON household.household (id, programme_id);

ALTER TABLE household.visit ADD COLUMN programme_id uuid;
UPDATE household.visit v SET programme_id = h.programme_id FROM household.household h WHERE h.id = v.household_id;
ALTER TABLE household.visit ALTER COLUMN programme_id SET NOT NULL;
ALTER TABLE household.visit DROP CONSTRAINT visit_household_id_fkey,
    ADD CONSTRAINT visit_household_programme_fkey FOREIGN KEY (household_id, programme_id)
        REFERENCES household.household (id, programme_id);
CREATE UNIQUE INDEX visit_programme_uq ON household.visit (id, programme_id);
CREATE INDEX visit_programme_idx ON household.visit (programme_id, date) INCLUDE (household_id, id);

ALTER TABLE household.visit_member ADD COLUMN programme_id uuid;
UPDATE household.visit_member m SET programme_id = v.programme_id FROM household.visit v WHERE v.id = m.visit_id;
ALTER TABLE household.visit_member ALTER COLUMN programme_id SET NOT NULL;
ALTER TABLE household.visit_member DROP CONSTRAINT visit_member_visit_id_fkey,
    ADD CONSTRAINT visit_member_visit_programme_fkey FOREIGN KEY (visit_id, programme_id)
        REFERENCES household.visit (id, programme_id);
CREATE INDEX visit_member_programme_idx ON household.visit_member (programme_id) INCLUDE (visit_id, person_id);

-- Every row was rewritten: give the planner the new column's statistics now, not at the next autoanalyze.
ANALYZE household.visit, household.visit_member;
