import type { SearchEngine } from './engine';
import { sqliteSearchEngine } from './sqlite';

/** The search engine of the configured database. */
export const searchEngine: SearchEngine = sqliteSearchEngine;
