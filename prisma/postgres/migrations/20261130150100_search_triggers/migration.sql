-- Which articles need their search entry rebuilt, recorded for every write by any code path (the
-- seed, the newsroom, imports, SQL typed by hand), as the SQLite search_index migration does.
-- The entries themselves are tsvectors of the NORMALIZED and STEMMED text, which only JavaScript
-- computes (lib/arabic/normalize.ts): lib/search/postgres.ts builds them from this queue.

CREATE FUNCTION "search_article_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The old entry goes at once: an unpublished article leaves search with the write itself.
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "ArticleSearch" WHERE "articleId" = OLD."id";
    END IF;
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "SearchQueue" WHERE "articleId" = OLD."id";
        RETURN OLD;
    END IF;
    INSERT INTO "SearchQueue" ("articleId") VALUES (NEW."id") ON CONFLICT DO NOTHING;
    RETURN NEW;
END
$$;

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "search_article_changed"();
CREATE TRIGGER "Article_search_update"
    AFTER UPDATE OF "title", "dek", "body", "authorId", "status", "publishedAt" ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "search_article_changed"();
CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "search_article_changed"();

CREATE FUNCTION "search_article_tags_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO "SearchQueue" ("articleId") VALUES (NEW."articleId") ON CONFLICT DO NOTHING;
        RETURN NEW;
    END IF;
    -- A tag link removed by deleting its article needs no entry.
    INSERT INTO "SearchQueue" ("articleId")
        SELECT OLD."articleId" WHERE EXISTS (SELECT 1 FROM "Article" WHERE "id" = OLD."articleId")
        ON CONFLICT DO NOTHING;
    RETURN OLD;
END
$$;

CREATE TRIGGER "ArticleTag_search_insert" AFTER INSERT ON "ArticleTag"
    FOR EACH ROW EXECUTE FUNCTION "search_article_tags_changed"();
CREATE TRIGGER "ArticleTag_search_delete" AFTER DELETE ON "ArticleTag"
    FOR EACH ROW EXECUTE FUNCTION "search_article_tags_changed"();

CREATE FUNCTION "search_names_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'Tag' THEN
        INSERT INTO "SearchQueue" ("articleId")
            SELECT "articleId" FROM "ArticleTag" WHERE "tagId" = NEW."id" ON CONFLICT DO NOTHING;
    ELSE
        INSERT INTO "SearchQueue" ("articleId")
            SELECT "id" FROM "Article" WHERE "authorId" = NEW."id" ON CONFLICT DO NOTHING;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER "Tag_search_rename" AFTER UPDATE OF "name" ON "Tag"
    FOR EACH ROW EXECUTE FUNCTION "search_names_changed"();
CREATE TRIGGER "Author_search_rename" AFTER UPDATE OF "name" ON "Author"
    FOR EACH ROW EXECUTE FUNCTION "search_names_changed"();

-- Articles written before this migration.
INSERT INTO "SearchQueue" ("articleId") SELECT "id" FROM "Article" ON CONFLICT DO NOTHING;
