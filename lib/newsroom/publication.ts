import 'server-only';
import { revalidateArticleChange } from '../articles/revalidate';
import type { ArticleCacheKeys } from '../articles/write';
import { newsroomDb } from '../db';
import { articleTerms } from '../search/indexable';

/**
 * Scheduled articles: their pages, listings, sitemaps, feeds and search already filter on
 * publishedAt <= now; what remains is to expire the caches at that moment. instrumentation.ts asks
 * the route /api/internal/publish-due every few seconds for the window since its last call.
 */
export async function expireArticlesDueBetween(since: Date, until: Date): Promise<number> {
  const due = await newsroomDb.article.findMany({
    where: { status: 'published', publishedAt: { gt: since, lte: until } },
    select: { id: true, slug: true, categoryId: true, authorId: true, tags: { select: { tagId: true } } },
  });
  for (const article of due) {
    const keys: ArticleCacheKeys = {
      id: article.id,
      slug: article.slug,
      categoryId: article.categoryId,
      authorId: article.authorId,
      tagIds: article.tags.map((t) => t.tagId),
      terms: await articleTerms(newsroomDb, article.id),
    };
    await revalidateArticleChange(keys, keys);
  }
  return due.length;
}
