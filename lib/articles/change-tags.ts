import { TAGS } from '../cache-tags';
import { chunkOf } from '../seo/sitemap-data';
import type { ArticleCacheKeys } from './write';

/**
 * Every cache tag an article change touches: the article (any slug of it, old or new, is the same
 * article:<id> entry), the listings it leaves and joins (category with its feeds, tags, author),
 * the front page, the sitemap index, the article sitemap file of its id, the news sitemap, the site
 * feeds and search; and the slug lookup of a tag or author it created (a
 * visit before may have cached «not found»). Lookups of other slugs stay: when one tag covered
 * them all, every publication re-rendered every tag and author page.
 */
export function tagsForArticleChange(before: ArticleCacheKeys | null, after: ArticleCacheKeys | null): string[] {
  const tags = new Set<string>([TAGS.home, TAGS.latest, TAGS.sitemap, TAGS.feed, TAGS.search]);
  for (const keys of [before, after]) {
    if (!keys) continue;
    tags.add(TAGS.article(keys.id));
    tags.add(TAGS.sitemapArticles(chunkOf(keys.id)));
    tags.add(TAGS.category(keys.categoryId));
    tags.add(TAGS.author(keys.authorId));
    for (const tagId of keys.tagIds) tags.add(TAGS.tag(tagId));
    for (const slug of keys.created?.tags ?? []) tags.add(TAGS.tagSlug(slug));
    if (keys.created?.author) tags.add(TAGS.authorSlug(keys.created.author));
  }
  return [...tags];
}
