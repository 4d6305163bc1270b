-- Registry schema, version 1. Tokens replaced per dialect by migrations.cc:
-- {ID} primary key with generated ids, {INT} 64-bit integer, {REAL} double.
-- Dates are TEXT 'YYYY-MM-DD' and times TEXT 'YYYY-MM-DDTHH:MM:SSZ' in both
-- backends, so comparisons and indexes behave the same.
CREATE TABLE buildings (
  id {ID},
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  region TEXT NOT NULL,
  use TEXT NOT NULL DEFAULT '',
  UNIQUE (name, address)
);
CREATE INDEX buildings_region ON buildings (region);

CREATE TABLE companies (
  id {ID},
  name TEXT NOT NULL UNIQUE,
  registration TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT ''
);

CREATE TABLE technicians (
  id {ID},
  company_id {INT} NOT NULL REFERENCES companies (id),
  name TEXT NOT NULL,
  qualification TEXT NOT NULL DEFAULT '',
  training_valid_until TEXT NOT NULL DEFAULT ''
);
CREATE INDEX technicians_company ON technicians (company_id);

CREATE TABLE certificates (
  id {ID},
  certificate_no TEXT NOT NULL UNIQUE,
  subject TEXT NOT NULL,
  component_kind TEXT NOT NULL DEFAULT '',
  model TEXT NOT NULL DEFAULT '',
  manufacturer TEXT NOT NULL DEFAULT '',
  holder TEXT NOT NULL DEFAULT '',
  issued_on TEXT NOT NULL DEFAULT '',
  valid_until TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'valid'
);

CREATE TABLE lifts (
  id {ID},
  registration_no TEXT NOT NULL UNIQUE,
  building_id {INT} NOT NULL REFERENCES buildings (id),
  region TEXT NOT NULL,
  kind TEXT NOT NULL,
  drive TEXT NOT NULL,
  rated_load_kg {REAL} NOT NULL,
  persons INTEGER NOT NULL,
  rated_speed_mps {REAL} NOT NULL,
  floors_served INTEGER NOT NULL DEFAULT 0,
  machine_room_less INTEGER NOT NULL DEFAULT 0,
  manufacturer TEXT NOT NULL DEFAULT '',
  model TEXT NOT NULL DEFAULT '',
  model_certificate_no TEXT NOT NULL DEFAULT '',
  installed_on TEXT NOT NULL,
  first_use_on TEXT NOT NULL DEFAULT '',
  company_id {INT} REFERENCES companies (id),
  safety_manager TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'in_service',
  last_result TEXT NOT NULL DEFAULT '',
  last_inspection_on TEXT NOT NULL DEFAULT '',
  valid_from TEXT NOT NULL DEFAULT '',
  valid_until TEXT NOT NULL DEFAULT '',
  remediation_until TEXT NOT NULL DEFAULT '',
  next_inspection_due TEXT NOT NULL DEFAULT '',
  next_inspection_kind TEXT NOT NULL DEFAULT '',
  next_precision_due TEXT NOT NULL DEFAULT '',
  version {INT} NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL
);
-- The lift's region is a copy of its building's: "a region's lifts due in N
-- days" is then one range scan of this index.
CREATE INDEX lifts_region_due ON lifts (region, next_inspection_due);
CREATE INDEX lifts_due ON lifts (next_inspection_due);
CREATE INDEX lifts_building ON lifts (building_id);
CREATE INDEX lifts_company ON lifts (company_id);

CREATE TABLE lift_parts (
  id {ID},
  lift_id {INT} NOT NULL REFERENCES lifts (id),
  component_kind TEXT NOT NULL,
  certificate_no TEXT NOT NULL REFERENCES certificates (certificate_no),
  serial_no TEXT NOT NULL DEFAULT '',
  UNIQUE (lift_id, component_kind, serial_no)
);

CREATE TABLE inspections (
  id {ID},
  lift_id {INT} NOT NULL REFERENCES lifts (id),
  kind TEXT NOT NULL,
  date TEXT NOT NULL,
  result TEXT NOT NULL,
  inspector TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  items TEXT NOT NULL DEFAULT '[]',
  valid_from TEXT NOT NULL DEFAULT '',
  valid_until TEXT NOT NULL DEFAULT '',
  remediation_until TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX inspections_lift ON inspections (lift_id, date);

CREATE TABLE self_inspections (
  id {ID},
  lift_id {INT} NOT NULL REFERENCES lifts (id),
  month TEXT NOT NULL,
  visited_on TEXT NOT NULL,
  entered_on TEXT NOT NULL,
  technician_id {INT} REFERENCES technicians (id),
  company_id {INT} REFERENCES companies (id),
  items TEXT NOT NULL DEFAULT '[]',
  late INTEGER NOT NULL DEFAULT 0,
  UNIQUE (lift_id, month)
);

CREATE TABLE accidents (
  id {ID},
  lift_id {INT} NOT NULL REFERENCES lifts (id),
  kind TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  description TEXT NOT NULL,
  failure_type TEXT NOT NULL DEFAULT '',
  cause TEXT NOT NULL DEFAULT '',
  persons_trapped INTEGER NOT NULL DEFAULT 0,
  persons_injured INTEGER NOT NULL DEFAULT 0,
  deaths INTEGER NOT NULL DEFAULT 0,
  hospitalisation_days INTEGER NOT NULL DEFAULT 0,
  treatment_days INTEGER NOT NULL DEFAULT 0,
  rescued_by TEXT NOT NULL DEFAULT '',
  measures TEXT NOT NULL DEFAULT '',
  serious INTEGER NOT NULL DEFAULT 0,
  reported_at TEXT NOT NULL
);
CREATE INDEX accidents_lift ON accidents (lift_id, occurred_at);

CREATE TABLE work_orders (
  id {ID},
  lift_id {INT} NOT NULL REFERENCES lifts (id),
  company_id {INT} REFERENCES companies (id),
  technician_id {INT} REFERENCES technicians (id),
  called_at TEXT NOT NULL,
  arrived_at TEXT NOT NULL DEFAULT '',
  completed_at TEXT NOT NULL DEFAULT '',
  cause TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL DEFAULT '',
  out_of_service INTEGER NOT NULL DEFAULT 1,
  status TEXT NOT NULL DEFAULT 'open',
  version {INT} NOT NULL DEFAULT 1
);
CREATE INDEX work_orders_lift ON work_orders (lift_id, called_at);

CREATE TABLE users (
  id {ID},
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  company_id {INT} REFERENCES companies (id),
  password_hash TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

-- API tokens, stored only as BLAKE2b hashes; a user may hold several
-- (one from `admin create-user`, one per sign-in).
CREATE TABLE api_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id {INT} NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL
);

CREATE TABLE audit_log (
  id {ID},
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  before_json TEXT NOT NULL DEFAULT '',
  after_json TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_entity ON audit_log (entity, entity_key);

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
