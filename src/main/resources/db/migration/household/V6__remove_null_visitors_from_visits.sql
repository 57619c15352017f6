-- An earlier version stored a null visitor for an empty id in a visit's visitorIds, shown as
-- "visitors": [null] in the household file. The input is refused now; this removes the nulls.
UPDATE household.visit SET visitor_ids = array_remove(visitor_ids, NULL)
WHERE array_position(visitor_ids, NULL) IS NOT NULL;
