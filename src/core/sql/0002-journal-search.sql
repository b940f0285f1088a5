-- Step 2: full-text search over the journal (FTS5), kept current by a trigger.
-- Entries are never updated or deleted, so inserts are all the index has to follow.

CREATE VIRTUAL TABLE "journal_search" USING fts5 (
  "who", "record_kind", "action", "summary",
  content = 'journal_entry', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "journal_entry_search" AFTER INSERT ON "journal_entry"
BEGIN
  INSERT INTO "journal_search" (rowid, "who", "record_kind", "action", "summary")
  VALUES (new."id", new."who", new."record_kind", new."action", new."summary");
END;

INSERT INTO "journal_search" ("journal_search") VALUES ('rebuild');
