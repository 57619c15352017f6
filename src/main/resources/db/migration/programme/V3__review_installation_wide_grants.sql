-- Grants given at account creation hold in every programme: they are reviewed too, by a privacy
-- officer for the whole installation (programme_id NULL).
ALTER TABLE programme.role_grant ALTER COLUMN programme_id DROP NOT NULL;
