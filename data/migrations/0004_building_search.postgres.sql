-- Text search in building names and addresses (the lift list's `q`) without
-- a full scan: trigram indexes (pg_trgm, a trusted extension: the database's
-- owner may create it) that serve LOWER(column) LIKE '%text%' for three or
-- more characters.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX buildings_name_trgm ON buildings USING gin (LOWER(name) gin_trgm_ops);
CREATE INDEX buildings_address_trgm ON buildings USING gin (LOWER(address) gin_trgm_ops);
-- The search's other half, registration numbers that start with the text
-- (LIKE 'text%'), needs an index in byte order whatever the collation.
CREATE INDEX lifts_registration_prefix ON lifts (registration_no text_pattern_ops);
