-- Schema version 300: the training centre's sessions (docs/training.md). A
-- session is one user's attempt at one scenario with its own seed: the
-- observations they asked for (a JSON list of {kind, test, at}; the twin
-- recomputes what they showed), and once answered the diagnosis, the action,
-- whether it passed and its score. Answered once: answered_at is set once.
CREATE TABLE training_sessions (
  id {ID},
  user_id {INT} NOT NULL REFERENCES users (id),
  scenario TEXT NOT NULL,
  seed {INT} NOT NULL,
  started_at TEXT NOT NULL,
  observations TEXT NOT NULL,
  answered_at TEXT,
  diagnosis TEXT,
  action TEXT,
  passed {INT},
  score {INT}
);
CREATE INDEX training_sessions_user ON training_sessions (user_id, started_at);
