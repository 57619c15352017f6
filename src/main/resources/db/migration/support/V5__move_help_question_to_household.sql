-- Help questions belong to the household's file (issue 17): the table moves to the household
-- schema with its rows, indexes and constraints. The household module's own migrations run before
-- this one, so they never name it; grants are given again at every start (DatabaseGrants).
ALTER TABLE support.help_question SET SCHEMA household;
