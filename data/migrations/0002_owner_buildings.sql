-- Schema version 2: the buildings an owner or safety manager answers for.
-- Owners see the full records (and report accidents) only for these.
CREATE TABLE user_buildings (
  user_id {INT} NOT NULL REFERENCES users (id),
  building_id {INT} NOT NULL REFERENCES buildings (id),
  PRIMARY KEY (user_id, building_id)
);
CREATE INDEX user_buildings_building ON user_buildings (building_id);
