-- Schema version 7: an owner's application for an inspection of their lift
-- (src/registry/inspection_applications.h). It stays open until an inspection
-- of its kind dated on or after the application is recorded on the lift:
-- `inspection_id` and `inspected_on` name that inspection.
CREATE TABLE inspection_applications (
  id {ID},
  lift_id {INT} NOT NULL REFERENCES lifts (id),
  kind TEXT NOT NULL,
  preferred_on TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  applied_by TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  inspection_id {INT} REFERENCES inspections (id),
  inspected_on TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inspection_applications_lift ON inspection_applications (lift_id, kind);
CREATE INDEX inspection_applications_open ON inspection_applications (applied_at)
  WHERE inspection_id IS NULL;
