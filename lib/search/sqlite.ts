import type { Db } from './engine';
import { indexEntries } from './indexable';
import { dueKeyLimit, ID_SPACE, searchKey } from './key';
import { ftsMatchExpression } from './query';
import { queuedSearchEngine } from './queued-engine';

/**
 * SQLite FTS5. Entries are filed under their search key (lib/search/key.ts) as rowid, so FTS5
 * walks them newest first, and «published by now» is a rowid range: both cost nothing however
 * many articles match.
 */
export const sqliteSearchEngine = queuedSearchEngine({
  async rebuild(tx, ids) {
    // FTS5 buffers a transaction's inserts only while rowids ascend; an out-of-order rowid forces a
    // flush to a new segment. Deleting first and inserting in key order keeps a batch one segment.
    const entries = (await indexEntries(tx, ids))
      .map((entry) => ({ entry, key: searchKey(entry.publishedAt, entry.id) }))
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    for (const { key } of entries) {
      await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE rowid = ${key}`;
      await tx.$executeRaw`DELETE FROM "ArticleTitleSearch" WHERE rowid = ${key}`;
    }
    for (const { entry, key } of entries) {
      if (!entry.published) continue;
      const doc = entry.doc;
      await tx.$executeRaw`INSERT INTO "ArticleSearch" (rowid, title, dek, body, tags, author) VALUES (${key}, ${doc.title}, ${doc.dek}, ${doc.body}, ${doc.tags}, ${doc.author})`;
      await tx.$executeRaw`INSERT INTO "ArticleTitleSearch" (rowid, title) VALUES (${key}, ${doc.title})`;
    }
  },

  async newest(db: Db, where, query, now, cap) {
    const match = ftsMatchExpression(query);
    if (!match) return null;
    const due = dueKeyLimit(now);
    // The id is taken from the key in SQL: keys exceed 2^53 and must not pass through a JS number.
    const rows =
      where === 'titles'
        ? await db.$queryRaw<{ id: bigint | number }[]>`
            SELECT rowid % ${ID_SPACE} AS id FROM "ArticleTitleSearch" WHERE "ArticleTitleSearch" MATCH ${match} AND rowid <= ${due}
            ORDER BY rowid DESC LIMIT ${cap}`
        : await db.$queryRaw<{ id: bigint | number }[]>`
            SELECT rowid % ${ID_SPACE} AS id FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} AND rowid <= ${due}
            ORDER BY rowid DESC LIMIT ${cap}`;
    return rows.map((r) => Number(r.id));
  },
});
