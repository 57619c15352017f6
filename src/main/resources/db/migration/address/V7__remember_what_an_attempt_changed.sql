-- A contact attempt remembers the address's status and last daypart before it, so the visitor
-- can take a mistaken tap back within a minute (the walk list's undo) and the address returns to
-- exactly where it was. Older attempts have none and cannot be undone.
ALTER TABLE address.contact_attempt ADD COLUMN status_before text, ADD COLUMN daypart_before text;
