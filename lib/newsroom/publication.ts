import 'server-only';
import { expireArticleChange } from '../publishing/expire-change';
import { storedCacheKeys } from '../publishing/write';
import { newsroomDb } from '../db/client';

/**
 * Scheduled articles: their pages, listings, sitemaps, feeds and search already filter on
 * publishedAt <= now; what remains is to expire the caches at that moment. The publication clock
 * (lib/newsroom/publication-clock.ts, one worker) asks /api/internal/publish-due every few seconds
 * for the window since its last call.
 */
/** The ids of the articles that became due, once their caches are expired. */
export async function expireArticlesDueBetween(since: Date, until: Date): Promise<number[]> {
  const due = await newsroomDb.article.findMany({
    where: { status: 'published', publishedAt: { gt: since, lte: until } },
    select: {
      id: true,
      slug: true,
      categoryId: true,
      authorId: true,
      tags: { select: { tagId: true } },
    },
  });
  for (const article of due) {
    const keys = await storedCacheKeys(newsroomDb, article);
    await expireArticleChange(keys, keys);
  }
  return due.map((article) => article.id);
}
