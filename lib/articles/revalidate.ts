import 'server-only';
import { revalidateTag } from 'next/cache';
import { tagsForArticleChange } from './change-tags';
import type { ArticleCacheKeys } from './write';

/** Expires the tags now, so the next reader request renders fresh pages (not stale-then-fresh). */
export function revalidateArticleChange(before: ArticleCacheKeys | null, after: ArticleCacheKeys | null): string[] {
  const tags = tagsForArticleChange(before, after);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return tags;
}
