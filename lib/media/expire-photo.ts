import 'server-only';
import { newsroomDb } from '../db/client';
import { expireTags } from '../cache/expire';
import { tagsForArticleChange } from '../publishing/change-tags';
import { storedCacheKeys } from '../publishing/write';

/**
 * A photo's new texts or crops show wherever its articles appear: their pages, the listings and
 * searches showing their cards, the feeds and the sitemap files naming the photo. Each article is
 * expired as if it changed without changing its words.
 */
export async function expirePhotoChange(articleIds: number[]): Promise<void> {
  if (articleIds.length === 0) return;
  const rows = await newsroomDb.article.findMany({
    where: { id: { in: articleIds } },
    select: {
      id: true,
      slug: true,
      categoryId: true,
      authorId: true,
      tags: { select: { tagId: true } },
    },
  });
  const tags = new Set<string>();
  for (const row of rows) {
    const keys = await storedCacheKeys(newsroomDb, row);
    for (const tag of tagsForArticleChange(keys, keys)) tags.add(tag);
  }
  await expireTags([...tags]);
}
