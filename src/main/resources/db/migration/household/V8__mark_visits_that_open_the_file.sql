-- Issue 16 item 15: a visit recorded after the visitor term ended is kept, but does not open the
-- file again (only a visit within the term, a first visit, or a re-assignment by the coordinator does).
ALTER TABLE household.visit ADD COLUMN opens_file boolean NOT NULL DEFAULT true;
