import { databaseProvider } from '../db/url';
import type { Db, SearchEngine } from './engine';
import { postgresSearchEngine } from './postgres';
import { sqliteSearchEngine } from './sqlite';

/**
 * The engine of the database a client talks to: scripts and tests hold clients of several
 * databases in one process, so the choice is made per call, not once from DATABASE_URL.
 */
function engineFor(db: Db): SearchEngine {
  // Prisma exposes the provider of a client (and of its transactions) as _activeProvider.
  const provider = (db as { _activeProvider?: string })._activeProvider ?? databaseProvider();
  return provider === 'postgresql' ? postgresSearchEngine : sqliteSearchEngine;
}

export const searchEngine: SearchEngine = {
  refresh: (db, limit) => engineFor(db).refresh(db, limit),
  refreshArticles: (db, ids) => engineFor(db).refreshArticles(db, ids),
  pending: (db) => engineFor(db).pending(db),
  search: (db, query, offset, limit, now) => engineFor(db).search(db, query, offset, limit, now),
};
