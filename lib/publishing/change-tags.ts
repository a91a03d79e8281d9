import { TAGS } from '../cache/tags';
import { tagsForWords } from '../search/tags';
import { chunkOf } from '../seo/sitemap-data';
import type { ArticleCacheKeys } from './write';

/** Beyond this many words in a change, every search is expired with one tag instead of theirs. */
const MAX_WORDS = 2_000;

/**
 * Every cache tag an article change touches: the article (any slug of it, old or new, is the same
 * article:<id> entry), the listings it leaves and joins (category with its feeds, tags, author),
 * the front page, the sitemap index, the article sitemap file of its id, the news sitemap, the site
 * feeds; the searches for its words, before and after the change (lib/search/tags.ts), or every
 * search when those are not known (or `searchWords` is off); and the slug lookup of a tag or author it created (a
 * visit before may have cached «not found»). Lookups of other slugs stay: when one tag covered
 * them all, every publication re-rendered every tag and author page. (An edit of the author's own
 * page expires that lookup too: tagsForAuthorChange.)
 */
export function tagsForArticleChange(
  before: ArticleCacheKeys | null,
  after: ArticleCacheKeys | null,
  options: { searchWords: boolean } = { searchWords: true },
): string[] {
  const tags = new Set<string>([TAGS.home, TAGS.latest, TAGS.sitemap, TAGS.feed]);
  const words = options.searchWords ? changedWords(before, after) : 'all';
  for (const tag of words === 'all' ? [TAGS.search] : tagsForWords(words)) tags.add(tag);
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

/** The words of the article before and after a change, or `all` when either is not known. */
export function changedWords(
  before: ArticleCacheKeys | null,
  after: ArticleCacheKeys | null,
): Set<string> | 'all' {
  const words = new Set<string>();
  for (const keys of [before, after]) {
    if (!keys) continue;
    if (!keys.terms) return 'all';
    for (const term of keys.terms) words.add(term);
  }
  return words.size > MAX_WORDS ? 'all' : words;
}

/**
 * An author's page changed (biography, portrait): their page and, through the author's lookup by
 * slug that article pages read for the byline portrait, every article of theirs.
 */
export function tagsForAuthorChange(authors: { id: number; slug: string }[]): string[] {
  return authors.flatMap((a) => [TAGS.author(a.id), TAGS.authorSlug(a.slug)]);
}
