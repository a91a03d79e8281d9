import { databaseProvider } from '../db-url';
import type { SearchEngine } from './engine';
import { postgresSearchEngine } from './postgres';
import { sqliteSearchEngine } from './sqlite';

/** The search engine of the configured database (DATABASE_URL). */
export const searchEngine: SearchEngine = databaseProvider() === 'postgresql' ? postgresSearchEngine : sqliteSearchEngine;
