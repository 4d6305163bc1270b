-- Schema version 200: lift models and their type tests on the virtual test
-- tower (docs/tower.md). A type test keeps the description it was run on,
-- the changes asked for, the report the server computed and, per test, the
-- figure and verdict, so that a model's certification can point at them.
CREATE TABLE lift_models (
  id {ID},
  manufacturer TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (manufacturer, name)
);

CREATE TABLE type_tests (
  id {ID},
  model_id {INT} NOT NULL REFERENCES lift_models (id),
  run_at TEXT NOT NULL,
  suite TEXT NOT NULL,
  lift_name TEXT NOT NULL,
  verdict TEXT NOT NULL,
  submitted_by TEXT NOT NULL,
  description TEXT NOT NULL,
  changes TEXT NOT NULL,
  report TEXT NOT NULL
);
CREATE INDEX type_tests_model ON type_tests (model_id, run_at);

CREATE TABLE type_test_results (
  type_test_id {INT} NOT NULL REFERENCES type_tests (id),
  position {INT} NOT NULL,
  test_id TEXT NOT NULL,
  clause TEXT NOT NULL,
  measured {REAL},
  unit TEXT NOT NULL,
  limit_value {REAL},
  verdict TEXT NOT NULL,
  PRIMARY KEY (type_test_id, position)
);
