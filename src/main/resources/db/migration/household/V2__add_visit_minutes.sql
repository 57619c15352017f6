-- How long a visit took (minutes), for the kernteam's deployment in the yearly report.
ALTER TABLE household.visit ADD COLUMN minutes integer CHECK (minutes IS NULL OR minutes BETWEEN 1 AND 1440);
