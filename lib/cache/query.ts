import { unstable_cache } from 'next/cache';
import { declarePageTags } from './page-tags';
import { REVALIDATE_SECONDS } from './tags';

/**
 * Runs a query through Next's data cache under the given key and tags. The tags also mark the
 * page being rendered (Next.js's page cache, and ours: lib/cache/page-tags.ts), so expiring a tag
 * refreshes both the data and every page built from it.
 */
export function cachedQuery<T>(
  key: readonly (string | number)[],
  tags: string[],
  query: () => Promise<T>,
  revalidate: number = REVALIDATE_SECONDS,
): Promise<T> {
  declarePageTags(tags);
  return unstable_cache(query, key.map(String), { tags, revalidate })();
}

/**
 * Tags the page or route being rendered without caching any data, for responses whose data is too
 * large to keep twice (a 50,000-URL sitemap): revalidating one of the tags then refreshes them.
 */
export async function markCacheTags(
  tags: string[],
  revalidate: number = REVALIDATE_SECONDS,
): Promise<void> {
  declarePageTags(tags);
  await unstable_cache(async () => true, ['cache-tags', ...tags], { tags, revalidate })();
}
