import 'server-only';
import { expireTags } from '../cache/expire';
import { env } from '../runtime/env';
import { tagsForArticleChange } from './change-tags';
import type { ArticleCacheKeys } from './write';

/**
 * Expires everything an article change touches, in every cache, from what the write returned
 * (no query after the commit). The shared Redis cache scans all its entries once per expired tag
 * (lib/cache/next-cache-handler.mjs): there a change expires every search with one tag instead of a
 * thousand word tags.
 */
export async function expireArticleChange(
  before: ArticleCacheKeys | null,
  after: ArticleCacheKeys | null,
): Promise<string[]> {
  const tags = tagsForArticleChange(before, after, { searchWords: !env().REDIS_URL });
  await expireTags(tags);
  return tags;
}
