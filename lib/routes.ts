/** Path builders: the only place that knows the URL shapes. Segments are percent-encoded. */

const segment = (value: string) => encodeURIComponent(value);

export function articlePath(id: number, slug: string): string {
  return `/news/${id}/${segment(slug)}`;
}

/** The id-only address of an article: it redirects to the canonical URL and never changes. */
export function articleShortPath(id: number): string {
  return `/news/${id}`;
}

export function categoryPath(slug: string, page = 1): string {
  return withPage(`/category/${segment(slug)}`, page);
}

export function tagPath(slug: string, page = 1): string {
  return withPage(`/tag/${segment(slug)}`, page);
}

export function authorPath(slug: string, page = 1): string {
  return withPage(`/author/${segment(slug)}`, page);
}

function withPage(base: string, page: number): string {
  return page > 1 ? `${base}/page/${page}` : base;
}

export const FEED_PATHS = { rss: '/feeds/rss.xml', atom: '/feeds/atom.xml' } as const;

export function categoryFeedPath(slug: string, format: 'rss' | 'atom'): string {
  return `/feeds/category/${segment(slug)}/${format}.xml`;
}

export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

export function sitemapPath(name: string): string {
  return `/sitemaps/${name}.xml`;
}

/**
 * The decoded path every page of a listing starts with: its later pages, and a category's feeds.
 * The response cache matches them against request paths to drop only the listings a change touches.
 */
export const listingPrefixes = {
  category: (slug: string) => [`/category/${slug}`, `/feeds/category/${slug}`],
  tag: (slug: string) => [`/tag/${slug}`],
  author: (slug: string) => [`/author/${slug}`],
};
