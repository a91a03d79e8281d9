import type { Db } from './engine';
import { indexEntries } from './indexable';
import { queuedSearchEngine } from './queued-engine';
import { tsqueryLiteral, tsvectorLiteral } from './tsvector';

/** Entries are dated to the second, as SQLite's keys are, so both order ties by id alike. */
function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/**
 * PostgreSQL: one row per published article with two tsvectors (headline, all text) under GIN
 * indexes, and the publication time for «newest first» and «published by now».
 */
export const postgresSearchEngine = queuedSearchEngine({
  async rebuild(tx, ids) {
    const entries = await indexEntries(tx, ids);
    await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE "articleId" = ANY(${ids}::int[])`;
    for (const entry of entries) {
      if (!entry.published) continue;
      const { title, dek, body, tags, author } = entry.doc;
      await tx.$executeRaw`
        INSERT INTO "ArticleSearch" ("articleId", "publishedAt", "title", "document")
        VALUES (${entry.id}, ${wholeSeconds(entry.publishedAt)}, ${tsvectorLiteral([title])}::tsvector,
                ${tsvectorLiteral([title, dek, body, tags, author])}::tsvector)`;
    }
  },

  async newest(db: Db, where, query, now, cap) {
    const match = tsqueryLiteral(query);
    if (!match) return null;
    const rows =
      where === 'titles'
        ? await db.$queryRaw<{ id: number }[]>`
            SELECT "articleId" AS id FROM "ArticleSearch" WHERE "title" @@ ${match}::tsquery AND "publishedAt" <= ${now}
            ORDER BY "publishedAt" DESC, "articleId" DESC LIMIT ${cap}`
        : await db.$queryRaw<{ id: number }[]>`
            SELECT "articleId" AS id FROM "ArticleSearch" WHERE "document" @@ ${match}::tsquery AND "publishedAt" <= ${now}
            ORDER BY "publishedAt" DESC, "articleId" DESC LIMIT ${cap}`;
    return rows.map((r) => Number(r.id));
  },
});
