-- Indexes for the report's domain and outcome counts (see BENCHMARKS.md).
CREATE INDEX help_question_programme_kind_idx ON support.help_question (programme_id, kind, domain);
