-- Text search in building names and addresses (the lift list's `q`) without
-- a full scan: an FTS5 index of trigrams, so any substring of three or more
-- characters is found through the index, case-insensitively in every script
-- (Hangul, Cyrillic, Latin). It indexes the buildings table (external
-- content) and the triggers keep it in step with it.
CREATE VIRTUAL TABLE building_search USING fts5 (
  name, address, content = 'buildings', content_rowid = 'id', tokenize = 'trigram case_sensitive 0'
);
INSERT INTO building_search (building_search) VALUES ('rebuild');

CREATE TRIGGER buildings_search_insert AFTER INSERT ON buildings BEGIN
  INSERT INTO building_search (rowid, name, address) VALUES (new.id, new.name, new.address);
END;
CREATE TRIGGER buildings_search_delete AFTER DELETE ON buildings BEGIN
  INSERT INTO building_search (building_search, rowid, name, address)
    VALUES ('delete', old.id, old.name, old.address);
END;
CREATE TRIGGER buildings_search_update AFTER UPDATE OF name, address ON buildings BEGIN
  INSERT INTO building_search (building_search, rowid, name, address)
    VALUES ('delete', old.id, old.name, old.address);
  INSERT INTO building_search (rowid, name, address) VALUES (new.id, new.name, new.address);
END;
