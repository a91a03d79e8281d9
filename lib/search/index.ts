import 'server-only';
import { cachedQuery } from '../cache/query';
import { prisma } from '../db/client';
import { searchEngine } from './current';
import { isEmptyQuery, parseQuery } from './query';
import type { SearchResults } from './results';
import { runSearch } from './run';
import { searchTags } from './tags';

/** Queued entries rebuilt before a search runs, at most: keeps one request's extra work bounded. */
export const REFRESH_ON_SEARCH = 200;

export async function searchArticles(input: string, page: number): Promise<SearchResults> {
  const query = parseQuery(input);
  if (isEmptyQuery(query)) return { status: 'empty', text: query.text };
  // Writes from any path leave their articles queued; make them findable before searching.
  if ((await searchEngine.pending(prisma)) > 0)
    await searchEngine.refresh(prisma, REFRESH_ON_SEARCH);
  const key = JSON.stringify([query.terms, query.phrases, query.prefix]);
  return cachedQuery(['search', key, page], searchTags(query), () =>
    runSearch(prisma, query, page),
  );
}
