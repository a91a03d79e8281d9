import { parseBlocks } from '../articles/blocks';
import { searchDocument } from './document';
import type { Db, SearchEngine, SearchHits } from './engine';
import { dueKeyLimit, ID_SPACE, searchKey } from './key';
import { ftsMatchExpression, type ParsedQuery } from './query';

export const REFRESH_BATCH = 500;
/**
 * Results are counted up to here (84 pages); beyond it readers see «more than 1,000» and refine the
 * query. Counting every match of a word found in half the archive would cost more than the page.
 */
export const COUNT_CAP = 1_000;

/**
 * SQLite FTS5. Relevance is structural, as readers expect of news search: articles with every
 * query word in the headline first, then the others, each group newest first. Both groups are read
 * in key order straight from the index and stop at COUNT_CAP, so a search costs about the same for
 * a word found in 50,000 articles as for one found in 1,000.
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
    if (!match) return { ids: [], total: 0, capped: false };
    const due = dueKeyLimit(now);
    // Two reads of the index, each newest first and stopping at the cap: the headline matches,
    // and all matches. The ranking is the first list, then the second without the first.
    const inTitle = await newest(db, 'titles', match, due, COUNT_CAP);
    const all = inTitle.length < COUNT_CAP ? await newest(db, 'all', match, due, COUNT_CAP) : [];
    const seen = new Set(inTitle);
    const ranked = [...inTitle, ...all.filter((id) => !seen.has(id))].slice(0, COUNT_CAP);
    return { ids: ranked.slice(offset, offset + limit), total: ranked.length, capped: ranked.length >= COUNT_CAP || all.length >= COUNT_CAP };
  },
};

/** Ids of up to `cap` matching, published-by-now articles, newest first (rowid order is key order). */
async function newest(db: Db, index: 'titles' | 'all', match: string, due: bigint, cap: number): Promise<number[]> {
  // The id is taken from the key in SQL: keys exceed 2^53 and must not pass through a JS number.
  const rows =
    index === 'titles'
      ? await db.$queryRaw<{ id: bigint | number }[]>`
          SELECT rowid % ${ID_SPACE} AS id FROM "ArticleTitleSearch" WHERE "ArticleTitleSearch" MATCH ${match} AND rowid <= ${due}
          ORDER BY rowid DESC LIMIT ${cap}`
      : await db.$queryRaw<{ id: bigint | number }[]>`
          SELECT rowid % ${ID_SPACE} AS id FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} AND rowid <= ${due}
          ORDER BY rowid DESC LIMIT ${cap}`;
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
  // FTS5 buffers a transaction's inserts only while rowids ascend; an out-of-order rowid forces a
  // flush to a new segment. Deleting first and inserting in key order keeps a batch one segment.
  const entries = articles
    .filter((a) => a.publishedAt)
    .map((a) => ({ article: a, key: searchKey(a.publishedAt!, a.id) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  for (const { key } of entries) {
    await tx.$executeRaw`DELETE FROM "ArticleSearch" WHERE rowid = ${key}`;
    await tx.$executeRaw`DELETE FROM "ArticleTitleSearch" WHERE rowid = ${key}`;
  }
  for (const { article: a, key } of entries) {
    if (a.status !== 'published') continue;
    const doc = searchDocument({
      title: a.title,
      dek: a.dek,
      blocks: parseBlocks(a.body),
      tagNames: a.tags.map((t) => t.tag.name),
      authorName: a.author.name,
    });
    await tx.$executeRaw`INSERT INTO "ArticleSearch" (rowid, title, dek, body, tags, author) VALUES (${key}, ${doc.title}, ${doc.dek}, ${doc.body}, ${doc.tags}, ${doc.author})`;
    await tx.$executeRaw`INSERT INTO "ArticleTitleSearch" (rowid, title) VALUES (${key}, ${doc.title})`;
  }
  await tx.searchQueue.deleteMany({ where: { articleId: { in: ids } } });
}

/** Runs inside the caller's transaction when there is one, in a new one otherwise. */
function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return '$transaction' in db ? db.$transaction((tx) => work(tx)) : work(db);
}
