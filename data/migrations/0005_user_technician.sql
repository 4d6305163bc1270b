-- Schema version 5: a technician's user may be linked to their technician
-- record, so that what they record is in their own name (see
-- src/registry/access.h, CheckAttribution). NULL: not linked.
ALTER TABLE users ADD COLUMN technician_id {INT} REFERENCES technicians (id);
