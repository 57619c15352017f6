-- The register's street search ("Molen…") matched on lower(street) with a pattern index that
-- cannot deliver rows in order, so the planner walked the whole programme in street order and
-- dropped the rows that did not match (22,864 of them for "konin…" in a programme of 50,000,
-- 25 ms; see BENCHMARKS.md, "Latency"). In the "C" collation a plain btree serves both the
-- prefix match and the order, whatever the database's own collation: the search now sorts by
-- lower(street) COLLATE "C", house number, letter and addition, straight from this index.
DROP INDEX address.address_street_search_idx;
CREATE INDEX address_street_search_idx
    ON address.address (programme_id, lower(street) COLLATE "C", house_number, house_letter, addition);
