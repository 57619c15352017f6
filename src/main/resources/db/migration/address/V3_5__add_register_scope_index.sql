-- The register counts a programme's in-scope addresses on every page (see BENCHMARKS.md, "Latency"):
-- with in_scope in an index the count is an index-only scan instead of a visit to every row.
CREATE INDEX address_scope_status_idx ON address.address (programme_id, in_scope, status);
