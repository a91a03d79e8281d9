import 'server-only';
import { newsroomDb } from '../db/client';
import { expireTags } from '../cache/expire';
import { tagsForArticleChange, tagsForAuthorChange } from '../publishing/change-tags';
import { storedCacheKeys } from '../publishing/write';
import type { PhotoShownOn } from './library';

/**
 * A photo's new texts or crops show wherever its articles appear: their pages, the listings and
 * searches showing their cards, the feeds and the sitemap files naming the photo. Each article is
 * expired as if it changed without changing its words; an author's portrait reaches their page
 * and every byline through the author's tags.
 */
export async function expirePhotoChange({ articleIds, authors }: PhotoShownOn): Promise<void> {
  const tags = new Set<string>(tagsForAuthorChange(authors));
  const rows =
    articleIds.length === 0
      ? []
      : await newsroomDb.article.findMany({
          where: { id: { in: articleIds } },
          select: {
            id: true,
            slug: true,
            categoryId: true,
            authorId: true,
            tags: { select: { tagId: true } },
          },
        });
  for (const row of rows) {
    const keys = await storedCacheKeys(newsroomDb, row);
    for (const tag of tagsForArticleChange(keys, keys)) tags.add(tag);
  }
  if (tags.size > 0) await expireTags([...tags]);
}
