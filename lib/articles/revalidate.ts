import 'server-only';
import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { bumpContentGeneration } from '../content-generation';
import { newsroomDb } from '../db';
import { rendersStartedBefore } from '../render-registry';
import { tagsForArticleChange } from './change-tags';
import { listingReach } from './listing-reach';
import type { ArticleCacheKeys } from './write';

/** Longest wait for reader renders that began before the write (lib/render-registry.ts). */
export const RACING_RENDERS_CAP_MS = 2_000;
/** A last expiry after the response, for a render slower than that cap. */
export const SECOND_EXPIRY_MS = 3_000;

/**
 * Expires the tags a change touches so the next reader request renders fresh pages. A render that
 * began before the write and ends after this first expiry would pass for fresh, so the tags are
 * expired again once such renders have ended, before the editor gets an answer; and once more
 * SECOND_EXPIRY_MS after it, for a render slower than the cap.
 */
export async function revalidateArticleChange(before: ArticleCacheKeys | null, afterChange: ArticleCacheKeys | null): Promise<string[]> {
  const tags = tagsForArticleChange(before, afterChange);
  // Other articles' pages do not show this one (their related lists refresh hourly by design), nor
  // do other listings, so the response cache in front may keep them.
  const articles = [...new Set([before?.id, afterChange?.id].filter((id): id is number => id !== undefined))];
  const reach = await listingReach(newsroomDb, [before, afterChange]).then(
    (listings) => ({ articles, listings }),
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
  if (await rendersStartedBefore(writtenAt, RACING_RENDERS_CAP_MS)) expire();
  after(async () => {
    await new Promise((resolve) => setTimeout(resolve, SECOND_EXPIRY_MS));
    expire();
  });
  return tags;
}
