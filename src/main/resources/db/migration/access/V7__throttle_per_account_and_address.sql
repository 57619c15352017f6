-- Failed logins count per account name and client address together ("pair:<name>|<address>"), so
-- that one person's wrong password from elsewhere never blocks the rightful user, and per address
-- ("addr:<address>") against password spraying. Each pair row names its account in "account", so that
-- many failures from many addresses, a clear attack, can be seen and lock the account name hard.
ALTER TABLE access.login_throttle ADD COLUMN account text;
CREATE INDEX login_throttle_account_idx ON access.login_throttle (account, last_failure) WHERE account IS NOT NULL;
-- the former per-account counts would block the rightful user from anywhere: forgotten
DELETE FROM access.login_throttle WHERE key LIKE 'user:%';

-- An account name locked after a clear attack; only an administrator lifts the lock (page and API).
-- Unknown names are locked alike, so that a lock tells nobody whether an account exists.
CREATE TABLE access.account_lock (
    account   text PRIMARY KEY,
    locked_at timestamptz NOT NULL,
    failures  integer     NOT NULL,
    addresses integer     NOT NULL
);
