-- Step 4: the journal found by any three characters in a row (FTS5 trigram), beside the
-- word index: Chinese has no spaces between words, so unicode61 sees a whole clause as one
-- word and cannot find a word inside it. Shorter searches use LIKE on the entries.

CREATE VIRTUAL TABLE "journal_search_characters" USING fts5 (
  "who", "summary",
  content = 'journal_entry', content_rowid = 'id',
  tokenize = 'trigram'
);

CREATE TRIGGER "journal_entry_search_characters" AFTER INSERT ON "journal_entry"
BEGIN
  INSERT INTO "journal_search_characters" (rowid, "who", "summary")
  VALUES (new."id", new."who", new."summary");
END;

INSERT INTO "journal_search_characters" ("journal_search_characters") VALUES ('rebuild');
