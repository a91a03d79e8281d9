/**
 * Every cache tag in one place. Query functions tag what they read; writers revalidate what they
 * change (lib/cache/expire.ts). Tags use numeric ids, or a digest of a slug, so they stay
 * ASCII and short (Next.js sends them in a header and drops tags over 256 characters).
 */
import { createHash } from 'node:crypto';

const digest = (slug: string) => createHash('sha256').update(slug).digest('base64url').slice(0, 16);

export const TAGS = {
  /** Category navigation and category metadata. */
  categories: 'categories',
  home: 'home',
  /** Any list of the latest articles across the site (home, site feeds, sitemap index, news sitemap). */
  latest: 'latest',
  /** The sitemap index, the news sitemap and the taxonomy sitemaps. */
  sitemap: 'sitemap',
  /** One article sitemap file: it lists a fixed range of ids, so only a change in that range touches it. */
  sitemapArticles: (chunk: number) => `sitemap:articles-${chunk}`,
  /** The site-wide feeds; a category's feeds go with its category tag. */
  feed: 'feed',
  /** Every search result: expired when a change's words are not known. */
  search: 'search',
  /** Searches with too many words to tag one by one: expired by every change. */
  searchLong: 'search-long',
  /** Searches for a word (a stem, lib/search/query.ts): expired by changes to articles holding it. */
  searchTerm: (term: string) => `search-term:${digest(term)}`,
  /** Searches ending in a word still being typed: expired by changes to articles with a word that starts so. */
  searchPrefix: (prefix: string) => `search-prefix:${digest(prefix)}`,
  /** A tag's or author's lookup by slug: it changes only when a write creates that tag or author. */
  tagSlug: (slug: string) => `tag-slug:${digest(slug)}`,
  authorSlug: (slug: string) => `author-slug:${digest(slug)}`,
  article: (id: number) => `article:${id}`,
  /** The public corrections page. */
  corrections: 'corrections',
  category: (id: number) => `category:${id}`,
  tag: (id: number) => `tag:${id}`,
  author: (id: number) => `author:${id}`,
} as const;

/**
 * How long a cached query (and so the page built from it) may be served before it is checked
 * again, in seconds. Every change made through the application expires its tags at once; these
 * periods only bound how long a change made behind its back (SQL by hand, a seed run) can go
 * unseen. Long for articles, which rarely change and are many; short for the front page.
 */
export const REVALIDATE = { front: 60, listing: 300, article: 3600 } as const;
export const REVALIDATE_SECONDS = REVALIDATE.front;

/**
 * What shared caches (nginx, a CDN) are told about reader pages: fresh for a minute, then served
 * stale while refreshed in the background, and kept for a day if the origin fails.
 */
export const SHARED_CACHE_CONTROL =
  'public, max-age=0, s-maxage=60, stale-while-revalidate=600, stale-if-error=86400';
