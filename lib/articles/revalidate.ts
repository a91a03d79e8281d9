import 'server-only';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { bumpContentGeneration, reaches, type Reach } from '../content-generation';
import { newsroomDb } from '../db';
import { env } from '../env';
import { rendersStartedBefore } from '../render-registry';
import { changedWords, tagsForArticleChange } from './change-tags';
import { listingReach } from './listing-reach';
import type { ArticleCacheKeys } from './write';

/** Longest wait for reader renders that began before the write (lib/render-registry.ts). */
export const RACING_RENDERS_CAP_MS = 2_000;
/** A last expiry after the response, for a render slower than that cap. */
export const SECOND_EXPIRY_MS = 3_000;

/**
 * Expires the tags a change touches so the next reader request renders fresh pages. A render that
 * began before the write and ends after this first expiry would pass for fresh, so when such
 * renders exist the tags are expired again once they have ended, before the editor gets an answer;
 * and once more SECOND_EXPIRY_MS after it when some were still running at the cap.
 */
export async function revalidateArticleChange(before: ArticleCacheKeys | null, afterChange: ArticleCacheKeys | null): Promise<string[]> {
  // The shared Redis cache scans all its entries once per expired tag (lib/next-cache-handler.mjs):
  // there a change expires every search with one tag instead of a thousand word tags.
  const tags = tagsForArticleChange(before, afterChange, { searchWords: !env().REDIS_URL });
  // Other articles' pages do not show this one (their related lists refresh hourly by design), nor
  // do other listings or searches for other words, so the response cache in front may keep them.
  const articles = [...new Set([before?.id, afterChange?.id].filter((id): id is number => id !== undefined))];
  const reach = await listingReach(newsroomDb, [before, afterChange]).then(
    (listings): Reach => ({ articles: new Set(articles), listings: new Set(listings), words: changedWords(before, afterChange) }),
    (error: unknown) => {
      // server.ts routes the console to the structured log.
      console.warn('listings of a change unknown, the response cache drops every page:', error);
      return 'all' as const;
    },
  );
  const expire = () => {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    bumpContentGeneration(reach);
  };
  const writtenAt = Date.now();
  expire();
  // Each expiry makes every page it covers render again, so it is repeated only for renders of
  // pages this change concerns (other articles' pages read none of its tags).
  const racing = await rendersStartedBefore(writtenAt, RACING_RENDERS_CAP_MS, (path) => reaches(reach, path));
  if (racing !== 'none') expire();
  if (racing === 'running') {
    after(async () => {
      await new Promise((resolve) => setTimeout(resolve, SECOND_EXPIRY_MS));
      expire();
    });
  }
  return tags;
}
