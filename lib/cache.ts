import { unstable_cache } from 'next/cache';
import { REVALIDATE_SECONDS } from './cache-tags';

/**
 * Runs a query through Next's data cache under the given key and tags. The tags also mark the
 * page being rendered, so revalidating a tag refreshes both the data and every page built from it.
 */
export function cachedQuery<T>(key: readonly (string | number)[], tags: string[], query: () => Promise<T>): Promise<T> {
  return unstable_cache(query, key.map(String), { tags, revalidate: REVALIDATE_SECONDS })();
}
