import 'server-only';
import { expireTags } from '../cache/expire';
import { TAGS } from '../cache/tags';
import { newsroomDb } from '../db/client';
import { searchEngine } from './current';

/** Queued entries rebuilt per call at most: a bulk import is indexed over a few ticks. */
export const INDEX_QUEUE_BATCH = 2_000;

/**
 * Indexes the articles that writes outside the editor left queued (renamed tags and authors,
 * imports, direct SQL; database triggers queue them), then expires every cached search once.
 * It runs on the background clock of one worker, never on a reader's request: on SQLite the
 * rebuild takes the write lock, and a reader must not wait behind it or an editor's save.
 */
export async function drainIndexQueue(): Promise<{ indexed: number; pending: number }> {
  if ((await searchEngine.pending(newsroomDb)) === 0) return { indexed: 0, pending: 0 };
  const indexed = await searchEngine.refresh(newsroomDb, INDEX_QUEUE_BATCH);
  if (indexed > 0) await expireTags([TAGS.search]);
  return { indexed, pending: await searchEngine.pending(newsroomDb) };
}
