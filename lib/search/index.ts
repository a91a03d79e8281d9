import 'server-only';
import { cachedQuery } from '../cache/query';
import { prisma } from '../db/client';
import { isEmptyQuery, parseQuery } from './query';
import type { SearchResults } from './results';
import { runSearch } from './run';
import { searchTags } from './tags';

export async function searchArticles(input: string, page: number): Promise<SearchResults> {
  const query = parseQuery(input);
  if (isEmptyQuery(query)) return { status: 'empty', text: query.text };
  // Only reads: what writes left queued is indexed off the reader's path (./index-queue.ts).
  const key = JSON.stringify([query.terms, query.phrases, query.prefix]);
  return cachedQuery(['search', key, page], searchTags(query), () =>
    runSearch(prisma, query, page),
  );
}
