import type { Db, SearchEngine, SearchHits } from './engine';
import { inTransaction } from './indexable';
import type { ParsedQuery } from './query';

export const REFRESH_BATCH = 500;
/**
 * Results are counted up to here (84 pages); beyond it readers see «more than 1,000» and refine the
 * query. Counting every match of a word found in half the archive would cost more than the page.
 */
export const COUNT_CAP = 1_000;

/** What a database adds to the shared queue-and-rank logic. */
export type IndexStore = {
  /** Replaces these articles' entries (published ones get one, others none); in the caller's transaction. */
  rebuild(tx: Db, ids: number[]): Promise<void>;
  /**
   * Ids of up to `cap` published-by-`now` articles matching the query, newest first, in the
   * headlines alone or in all the text; null when the query has nothing to search for.
   */
  newest(
    db: Db,
    where: 'titles' | 'all',
    query: ParsedQuery,
    now: Date,
    cap: number,
  ): Promise<number[] | null>;
};

/**
 * Relevance is structural, as readers expect of news search: articles with every query word in the
 * headline first, then the others, each group newest first. Both groups are read newest first and
 * stop at COUNT_CAP, so a search costs about the same for a word found in 50,000 articles as for
 * one found in 1,000. Writes queue their articles (database triggers); the queue is drained here.
 */
export function queuedSearchEngine(store: IndexStore): SearchEngine {
  async function refreshBatch(tx: Db, size: number): Promise<number> {
    const queued = await tx.searchQueue.findMany({ take: size, orderBy: { articleId: 'asc' } });
    if (queued.length === 0) return 0;
    const ids = queued.map((q) => q.articleId);
    await store.rebuild(tx, ids);
    await tx.searchQueue.deleteMany({ where: { articleId: { in: ids } } });
    return queued.length;
  }

  return {
    async refresh(db: Db, limit = Number.POSITIVE_INFINITY): Promise<number> {
      let done = 0;
      while (done < limit) {
        // Queue read, index write and queue delete in one transaction: a write that re-queues an
        // article meanwhile either lands before (and is indexed) or after (and stays queued).
        const batch = await inTransaction(db, (tx) =>
          refreshBatch(tx, Math.min(REFRESH_BATCH, limit - done)),
        );
        if (batch === 0) break;
        done += batch;
      }
      return done;
    },

    async refreshArticles(db: Db, ids: number[]): Promise<void> {
      if (ids.length === 0) return;
      await inTransaction(db, async (tx) => {
        await store.rebuild(tx, ids);
        await tx.searchQueue.deleteMany({ where: { articleId: { in: ids } } });
      });
    },

    async pending(db: Db): Promise<number> {
      return db.searchQueue.count();
    },

    async search(
      db: Db,
      query: ParsedQuery,
      offset: number,
      limit: number,
      now: Date,
    ): Promise<SearchHits> {
      const inTitle = await store.newest(db, 'titles', query, now, COUNT_CAP);
      if (!inTitle) return { ids: [], total: 0, capped: false };
      const all =
        inTitle.length < COUNT_CAP
          ? ((await store.newest(db, 'all', query, now, COUNT_CAP)) ?? [])
          : [];
      // The ranking is the headline matches, then all matches without them.
      const seen = new Set(inTitle);
      const ranked = [...inTitle, ...all.filter((id) => !seen.has(id))].slice(0, COUNT_CAP);
      return {
        ids: ranked.slice(offset, offset + limit),
        total: ranked.length,
        capped: ranked.length >= COUNT_CAP || all.length >= COUNT_CAP,
      };
    },
  };
}
