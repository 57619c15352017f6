-- The household file reads its housing remarks by household (see BENCHMARKS.md, "Latency").
CREATE INDEX housing_remark_household_idx ON household.housing_remark (household_id, created_at);
