-- Break-glass needs a real reason (issue 16 item 14): one of the grounds, and a written reason of
-- some length. Grants made before keep their reason and have no ground.
ALTER TABLE household.break_glass ADD COLUMN ground text;
