/**
 * Every cache tag in one place. Query functions tag what they read; writers revalidate what they
 * change (see revalidateArticleChange). Tags use numeric ids, never slugs, so they stay ASCII.
 */
export const TAGS = {
  /** Category navigation and category metadata. */
  categories: 'categories',
  home: 'home',
  /** Any list of latest articles (home, feeds, sitemaps, related lists). */
  latest: 'latest',
  sitemap: 'sitemap',
  feed: 'feed',
  search: 'search',
  article: (id: number) => `article:${id}`,
  category: (id: number) => `category:${id}`,
  tag: (id: number) => `tag:${id}`,
  author: (id: number) => `author:${id}`,
} as const;

/** How long any cached page or query may be served before it is checked again, in seconds. */
export const REVALIDATE_SECONDS = 60;
