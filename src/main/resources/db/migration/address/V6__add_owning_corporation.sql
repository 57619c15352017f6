-- The housing corporation that owns the dwelling. Until now an address only said whether some
-- corporation owned it (corporation_owned), so every corporation partner of the programme received
-- the housing remarks of every corporation dwelling. Housing remarks now go to the owner only.
-- A reference by id to access.organisation (another module's table): no foreign key.
ALTER TABLE address.address ADD COLUMN corporation_id uuid;
ALTER TABLE address.address ADD CONSTRAINT address_corporation_owner_ck
    CHECK (corporation_id IS NULL OR corporation_owned);
CREATE INDEX address_corporation_idx ON address.address (corporation_id, programme_id)
    WHERE corporation_id IS NOT NULL;

-- Existing corporation dwellings get an owner where that is unambiguous: the programme has exactly
-- one partner organisation of kind HOUSING_CORPORATION. Elsewhere the owner stays unknown (so their
-- remarks go to no corporation) until the coordinator sets it per address. Per-module migrations
-- need not run after those of programme and access; on a database without their tables there is
-- nothing to fill.
DO $$
BEGIN
    IF to_regclass('programme.partner') IS NOT NULL AND to_regclass('access.organisation') IS NOT NULL THEN
        UPDATE address.address a SET corporation_id = sole.organisation_id
        FROM (SELECT p.programme_id, (array_agg(p.organisation_id))[1] AS organisation_id
              FROM programme.partner p JOIN access.organisation o ON o.id = p.organisation_id
              WHERE o.kind = 'HOUSING_CORPORATION'
              GROUP BY p.programme_id HAVING count(*) = 1) sole
        WHERE a.programme_id = sole.programme_id AND a.corporation_owned;
    END IF;
END
$$;
