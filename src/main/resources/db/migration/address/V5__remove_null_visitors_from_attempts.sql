-- An earlier version stored a null visitor for an empty id ("visitorIds": [""]), after which every
-- read of that address's contact attempts failed. The input is refused now; this removes the nulls.
UPDATE address.contact_attempt SET visitor_ids = array_remove(visitor_ids, NULL)
WHERE array_position(visitor_ids, NULL) IS NOT NULL;
