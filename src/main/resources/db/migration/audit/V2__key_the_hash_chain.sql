-- Issue 16: the hash chain is keyed. Entries written from now on carry
--   hash = HMAC-SHA-256(key, every column but hash), hash_version = 2,
-- with a key that is kept outside the database (voordeur.audit.key or the key file), so that
-- whoever can write rows cannot compute a valid hash. Entries written before keep
--   hash = sha256(prev_hash || fields without id and on_behalf_of), hash_version = 1,
-- and are verified as before. The version is a label, not a proof: the signed checkpoints kept
-- outside the database say from which id on every entry must be keyed (audit/AuditCheckpoint).
ALTER TABLE audit.audit_entry ADD COLUMN hash_version smallint NOT NULL DEFAULT 1;
ALTER TABLE audit.audit_entry ALTER COLUMN hash_version SET DEFAULT 2;
