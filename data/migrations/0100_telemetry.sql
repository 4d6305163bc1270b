-- Schema version 100: connected lifts (spec/telemetry.md, docs/monitoring.md).
-- Numbered 0100 to stay clear of the registry's own versions; migrations run
-- every unrecorded version, in order, whatever order they were merged in.
-- Times are RFC 3339 text in UTC with milliseconds ("2026-12-03T06:00:00.125Z"),
-- so text order is time order in both backends.

-- Every event a lift sent, once: (lift_id, event_id) is the key of
-- de-duplication (delivery is at least once). `known` is 0 for a kind the
-- contract does not list (kept and flagged, never dropped).
CREATE TABLE telemetry_events (
  id {ID},
  lift_id {INT} NOT NULL REFERENCES lifts (id),
  event_id TEXT NOT NULL,
  at TEXT NOT NULL,
  kind TEXT NOT NULL,
  known INTEGER NOT NULL DEFAULT 1,
  floor INTEGER,
  detail TEXT NOT NULL DEFAULT '{}',
  received_at TEXT NOT NULL,
  UNIQUE (lift_id, event_id)
);
-- One index beside the key: a lift's events by time. A kind filter scans it
-- (newest first, so a page of a frequent kind is quick); an index on
-- (lift_id, kind, at) would make rare kinds quick too, at a quarter of the
-- ingest's speed (bench/monitor_ingest_bench.cc).
CREATE INDEX telemetry_events_lift_at ON telemetry_events (lift_id, at);

-- What the monitor's rules remember of each lift (src/monitor/lift_state.h, as
-- JSON), with a version so a monitor can tell its cached copy is current, and
-- the few figures the fleet view shows. `deadline` is when the rules must look
-- again with no message (an entrapment's wait), NULL when nothing waits.
CREATE TABLE telemetry_lifts (
  lift_id {INT} PRIMARY KEY REFERENCES lifts (id),
  version {INT} NOT NULL,
  state TEXT NOT NULL,
  deadline TEXT,
  last_seen_at TEXT NOT NULL DEFAULT '',
  mode TEXT NOT NULL DEFAULT '',
  floor INTEGER,
  out_of_service INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);
CREATE INDEX telemetry_lifts_deadline ON telemetry_lifts (deadline);

-- Alarms: one open (or acknowledged) alarm per lift and cause; repeats count.
CREATE TABLE alarms (
  id {ID},
  lift_id {INT} NOT NULL REFERENCES lifts (id),
  cause TEXT NOT NULL,
  severity TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open',
  opened_at TEXT NOT NULL,
  last_at TEXT NOT NULL,
  count {INT} NOT NULL DEFAULT 1,
  event_id TEXT NOT NULL DEFAULT '',
  figures TEXT NOT NULL DEFAULT '{}',
  acknowledged_at TEXT NOT NULL DEFAULT '',
  acknowledged_by TEXT NOT NULL DEFAULT '',
  closed_at TEXT NOT NULL DEFAULT '',
  closed_by TEXT NOT NULL DEFAULT '',
  close_note TEXT NOT NULL DEFAULT '',
  work_order_id {INT} REFERENCES work_orders (id),
  accident_id {INT} REFERENCES accidents (id),
  version {INT} NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX alarms_one_open ON alarms (lift_id, cause) WHERE state <> 'closed';
CREATE INDEX alarms_lift ON alarms (lift_id, state);
CREATE INDEX alarms_state ON alarms (state, opened_at);

-- Out-of-service periods reported by the lifts, for availability; ended_at
-- is NULL while the lift is still out of service.
CREATE TABLE telemetry_downtime (
  id {ID},
  lift_id {INT} NOT NULL REFERENCES lifts (id),
  started_at TEXT NOT NULL,
  ended_at TEXT,
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX telemetry_downtime_lift ON telemetry_downtime (lift_id, started_at);

-- An accident report the monitor drafted from telemetry (an entrapment), for
-- people to complete; reports made by people are not drafts.
ALTER TABLE accidents ADD COLUMN draft INTEGER NOT NULL DEFAULT 0;
