import 'server-only';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { bumpContentGeneration } from '../content-generation';
import { tagsForArticleChange } from './change-tags';
import type { ArticleCacheKeys } from './write';

/** A page render that began before a write and ends after it is dated by its end, so it would
 * pass for fresh; expiring the tags once more a little later catches it. */
export const SECOND_EXPIRY_MS = 3_000;

/**
 * Expires the tags now, so the next reader request renders fresh pages (not stale-then-fresh),
 * and again SECOND_EXPIRY_MS later, after the response, for renders that raced the write.
 */
export function revalidateArticleChange(before: ArticleCacheKeys | null, afterChange: ArticleCacheKeys | null): string[] {
  const tags = tagsForArticleChange(before, afterChange);
  // Other articles' pages do not show this one (their related lists refresh hourly by design), so
  // caches in front may keep them; everything else (home, listings, feeds, sitemaps) goes.
  const articles = [...new Set([before?.id, afterChange?.id].filter((id): id is number => id !== undefined))];
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  bumpContentGeneration(articles);
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, SECOND_EXPIRY_MS));
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    bumpContentGeneration(articles);
  });
  return tags;
}
