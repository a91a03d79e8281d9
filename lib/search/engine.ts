import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import type { ParsedQuery } from './query';

/**
 * A search engine over the normalized index. SQLite FTS5 fills it here (sqlite.ts); a PostgreSQL
 * implementation (tsvector over the same normalized text) fills the same interface.
 */
export type Db = PrismaClient | Prisma.TransactionClient;

/** `total` stops at the engine's count cap; `capped` says there may be more. */
export type SearchHits = { ids: number[]; total: number; capped: boolean };

export interface SearchEngine {
  /** Rebuilds the entries of queued articles (at most `limit`); returns how many were done. */
  refresh(db: Db, limit?: number): Promise<number>;
  /** Rebuilds these articles' entries now (in the caller's transaction) and takes them off the queue. */
  refreshArticles(db: Db, ids: number[]): Promise<void>;
  /** How many articles wait for their entry. */
  pending(db: Db): Promise<number>;
  /** Published, due articles matching the query: one page of ids, best first, and the total. */
  search(db: Db, query: ParsedQuery, offset: number, limit: number, now: Date): Promise<SearchHits>;
}
