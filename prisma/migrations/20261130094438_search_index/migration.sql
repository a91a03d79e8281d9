-- CreateTable
CREATE TABLE "SearchQueue" (
    "articleId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- Full-text index over the NORMALIZED and STEMMED text of published articles
-- (lib/arabic/normalize.ts). SQLite cannot run that normalization itself, so the text is computed
-- in JavaScript (lib/search/) and the triggers below record which articles need it, for every write
-- by any code path: the seed, the admin, imports, or SQL typed by hand.
--
-- rowid is the article's search key, publishedAt (whole seconds since 1970) * 2^31 + id: FTS5 walks
-- rowids in order for free, so «newest first» and «published by now» (rowid <= now * 2^31 + 2^31 - 1)
-- cost nothing however many articles match. lib/search/key.ts computes the same key.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    title, dek, body, tags, author,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Headlines alone, same keys: «every word in the headline» is the first rank, and answering it from
-- this small index costs a fraction of filtering the full one by column.
CREATE VIRTUAL TABLE "ArticleTitleSearch" USING fts5(
    title,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT OR IGNORE INTO "SearchQueue" ("articleId") VALUES (NEW."id");
END;

-- The entry filed under the old key goes at once (an unpublished article leaves search with the
-- write that unpublishes it); the new one is built from the queue.
CREATE TRIGGER "Article_search_update"
AFTER UPDATE OF "title", "dek", "body", "authorId", "status", "publishedAt" ON "Article" BEGIN
    DELETE FROM "ArticleSearch"
        WHERE rowid = CAST(strftime('%s', OLD."publishedAt") AS INTEGER) * 2147483648 + OLD."id";
    DELETE FROM "ArticleTitleSearch"
        WHERE rowid = CAST(strftime('%s', OLD."publishedAt") AS INTEGER) * 2147483648 + OLD."id";
    INSERT OR IGNORE INTO "SearchQueue" ("articleId") VALUES (NEW."id");
END;

CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
    DELETE FROM "ArticleSearch"
        WHERE rowid = CAST(strftime('%s', OLD."publishedAt") AS INTEGER) * 2147483648 + OLD."id";
    DELETE FROM "ArticleTitleSearch"
        WHERE rowid = CAST(strftime('%s', OLD."publishedAt") AS INTEGER) * 2147483648 + OLD."id";
    DELETE FROM "SearchQueue" WHERE "articleId" = OLD."id";
END;

CREATE TRIGGER "ArticleTag_search_insert" AFTER INSERT ON "ArticleTag" BEGIN
    INSERT OR IGNORE INTO "SearchQueue" ("articleId") VALUES (NEW."articleId");
END;

CREATE TRIGGER "ArticleTag_search_delete" AFTER DELETE ON "ArticleTag" BEGIN
    INSERT OR IGNORE INTO "SearchQueue" ("articleId")
        SELECT OLD."articleId" WHERE EXISTS (SELECT 1 FROM "Article" WHERE "id" = OLD."articleId");
END;

CREATE TRIGGER "Tag_search_rename" AFTER UPDATE OF "name" ON "Tag" BEGIN
    INSERT OR IGNORE INTO "SearchQueue" ("articleId") SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = NEW."id";
END;

CREATE TRIGGER "Author_search_rename" AFTER UPDATE OF "name" ON "Author" BEGIN
    INSERT OR IGNORE INTO "SearchQueue" ("articleId") SELECT "id" FROM "Article" WHERE "authorId" = NEW."id";
END;

-- Articles written before this migration.
INSERT OR IGNORE INTO "SearchQueue" ("articleId") SELECT "id" FROM "Article";
