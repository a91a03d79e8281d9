import { parseBlocks } from '../articles/blocks';
import { searchDocument } from './document';
import type { Db, SearchEngine, SearchHits } from './engine';
import { dueKeyLimit, ID_SPACE, searchKey } from './key';
import { ftsMatchExpression, type ParsedQuery } from './query';

export const REFRESH_BATCH = 500;

/**
 * SQLite FTS5. Relevance is structural, as readers expect of news search: articles with every
 * query word in the headline first, then the others, each group newest first. Both groups are read
 * in key order straight from the index, so a page costs the same for a word found in 50,000
 * articles as for one found in three.
 */
export const sqliteSearchEngine: SearchEngine = {
  async refresh(db: Db, limit = Number.POSITIVE_INFINITY): Promise<number> {
    let done = 0;
    while (done < limit) {
      // Queue read, index write and queue delete in one transaction: a write that re-queues an
      // article meanwhile either lands before (and is indexed) or after (and stays queued).
      const batch = await inTransaction(db, (tx) => refreshBatch(tx, Math.min(REFRESH_BATCH, limit - done)));
      if (batch === 0) break;
      done += batch;
    }
    return done;
  },

  async refreshArticles(db: Db, ids: number[]): Promise<void> {
    if (ids.length > 0) await inTransaction(db, (tx) => rebuild(tx, ids));
  },

  async pending(db: Db): Promise<number> {
    return db.searchQueue.count();
  },

  async search(db: Db, query: ParsedQuery, offset: number, limit: number, now: Date): Promise<SearchHits> {
    const match = ftsMatchExpression(query);
    if (!match) return { ids: [], total: 0 };
    const inTitle = `title : (${match})`;
    const elsewhere = `(${match}) NOT title : (${match})`;
    const due = dueKeyLimit(now);
    const [titleTotal, otherTotal] = await Promise.all([count(db, inTitle, due), count(db, elsewhere, due)]);
    const ids: number[] = [];
    if (offset < titleTotal) ids.push(...(await page(db, inTitle, due, offset, limit)));
    if (ids.length < limit && offset + ids.length < titleTotal + otherTotal) {
      ids.push(...(await page(db, elsewhere, due, Math.max(0, offset - titleTotal), limit - ids.length)));
    }
    return { ids, total: titleTotal + otherTotal };
  },
};

async function count(db: Db, match: string, due: bigint): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint | number }[]>`
    SELECT COUNT(*) AS n FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} AND rowid <= ${due}`;
  return Number(row?.n ?? 0);
}

async function page(db: Db, match: string, due: bigint, offset: number, limit: number): Promise<number[]> {
  // The id is taken from the key in SQL: keys exceed 2^53 and must not pass through a JS number.
  const rows = await db.$queryRaw<{ id: bigint | number }[]>`
    SELECT rowid % ${ID_SPACE} AS id FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} AND rowid <= ${due}
    ORDER BY rowid DESC LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((r) => Number(r.id));
}

async function refreshBatch(tx: Db, size: number): Promise<number> {
  const queued = await tx.searchQueue.findMany({ take: size, orderBy: { articleId: 'asc' } });
  if (queued.length === 0) return 0;
  await rebuild(tx, queued.map((q) => q.articleId));
  return queued.length;
}

/** Files each article under its current key if it is published; drafts and the deleted leave. */
async function rebuild(tx: Db, ids: number[]): Promise<void> {
  const articles = await tx.article.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      status: true,
      publishedAt: true,
      title: true,
      dek: true,
      body: true,
      author: { select: { name: true } },
      tags: { select: { tag: { select: { name: true } } }, orderBy: { position: 'asc' } },
    },
  });
  for (const a of articles) {
    if (!a.publishedAt) continue;
    const key = searchKey(a.publishedAt, a.id);
    await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE rowid = ${key}`;
    if (a.status !== 'published') continue;
    const doc = searchDocument({
      title: a.title,
      dek: a.dek,
      blocks: parseBlocks(a.body),
      tagNames: a.tags.map((t) => t.tag.name),
      authorName: a.author.name,
    });
    await tx.$executeRaw`INSERT INTO "ArticleSearch" (rowid, title, dek, body, tags, author) VALUES (${key}, ${doc.title}, ${doc.dek}, ${doc.body}, ${doc.tags}, ${doc.author})`;
  }
  await tx.searchQueue.deleteMany({ where: { articleId: { in: ids } } });
}

/** Runs inside the caller's transaction when there is one, in a new one otherwise. */
function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return '$transaction' in db ? db.$transaction((tx) => work(tx)) : work(db);
}
