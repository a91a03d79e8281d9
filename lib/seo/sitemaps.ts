import 'server-only';
import { cachedQuery, markCacheTags } from '../cache/query';
import { REVALIDATE, TAGS } from '../cache/tags';
import { toZonedIso } from '../arabic/dates';
import { prisma } from '../db/client';
import { articlePath } from '../routes';
import { SITE } from '../site';
import { articleChunk, loadSitemapIndex, loadSitemapUrls, type SitemapName } from './sitemap-data';
import type { NewsEntry, UrlEntry } from './sitemap-xml';
import { absoluteUrl } from './urls';

/** Google News: articles from the last two days, at most 1,000. */
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_MAX_URLS = 1_000;

const namePattern = /^(?:articles-(0|[1-9]\d{0,5})|pages|categories|tags|authors)\.xml$/;

/** Parses a sitemap file name from the URL; null means 404. */
export function parseSitemapFile(file: string): SitemapName | null {
  const match = namePattern.exec(file);
  return match ? (file.slice(0, -'.xml'.length) as SitemapName) : null;
}

export function getSitemapIndex(): Promise<UrlEntry[]> {
  return cachedQuery(
    ['sitemap-index'],
    [TAGS.sitemap, TAGS.latest],
    () => loadSitemapIndex(prisma),
    REVALIDATE.listing,
  );
}

/** The URLs of one sitemap file, or null when it does not exist (an empty article chunk). */
export async function getSitemapUrls(name: SitemapName): Promise<UrlEntry[] | null> {
  // Article chunks are cached once, as the response of their route; the small ones as data too.
  // A publication expires the chunk of its id only: at 100,000 articles, expiring them all made
  // crawlers re-render 50 files of 750 KB after every publication.
  const chunk = articleChunk(name);
  if (chunk !== null) {
    await markCacheTags([TAGS.sitemapArticles(chunk)], REVALIDATE.listing);
    return loadSitemapUrls(prisma, name);
  }
  return cachedQuery(
    ['sitemap', name],
    [TAGS.sitemap, TAGS.latest, TAGS.categories],
    () => loadSitemapUrls(prisma, name),
    REVALIDATE.listing,
  );
}

export function getNewsSitemapEntries(): Promise<NewsEntry[]> {
  return cachedQuery(['news-sitemap'], [TAGS.sitemap, TAGS.latest], async () => {
    const now = new Date();
    const since = new Date(now.getTime() - NEWS_WINDOW_HOURS * 3600 * 1000);
    const select = { id: true, slug: true, title: true, publishedAt: true } as const;
    const [published, revised] = await Promise.all([
      prisma.article.findMany({
        where: { status: 'published', publishedAt: { gte: since, lte: now } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        take: NEWS_MAX_URLS,
        select,
      }),
      // A story corrected or substantively updated in the window is announced again, under its
      // first publication date (what Google News asks for): the update is news, the story is not new.
      prisma.article.findMany({
        where: { status: 'published', publishedAt: { lt: since }, revisedAt: { gte: since } },
        orderBy: [{ revisedAt: 'desc' }, { id: 'desc' }],
        take: NEWS_MAX_URLS,
        select,
      }),
    ]);
    const rows = [...published, ...revised].slice(0, NEWS_MAX_URLS);
    return rows.map((row) => ({
      loc: absoluteUrl(articlePath(row.id, row.slug)),
      publicationName: SITE.name,
      language: SITE.language,
      publicationDate: toZonedIso(row.publishedAt ?? now),
      title: row.title,
    }));
  });
}
