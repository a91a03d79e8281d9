import type { PrismaClient } from '../../generated/prisma/client';
import { toZonedIso } from '../arabic/dates';
import { articlePath, authorPath, categoryPath, sitemapPath, tagPath } from '../routes';
import { absoluteRenditionUrl, largestJpeg } from '../media/urls';
import { photoSelect, toPhotoView } from '../media/view';
import type { UrlEntry } from './sitemap-xml';
import { absoluteUrl } from './urls';

/**
 * Sitemap contents straight from the database (no Next.js cache), so scripts and benchmarks can
 * call them too. lib/seo/sitemaps.ts wraps them in the cache.
 */
/**
 * URLs per article sitemap. The protocol allows 50,000, but with Arabic slugs percent-encoded a
 * URL entry is about 380 bytes: 50,000 make a 20 MB file. 2,000 keep a file near 750 KB, small
 * enough for the server's response cache (lib/http/response-cache.ts, 1 MB per answer), so
 * crawlers fetching several at once are answered from memory (10,000-URL files of 3.8 MB were
 * re-sent from Next.js's cache each time: 174 requests/s with timeouts at 32 connections).
 */
export const SITEMAP_CHUNK_SIZE = 2_000;

export type SitemapName = `articles-${number}` | 'pages' | 'categories' | 'tags' | 'authors';

export const visible = () => ({ status: 'published' as const, publishedAt: { lte: new Date() } });

/** The chunk number of an article sitemap file (`articles-<n>`), or null for the other files. */
export function articleChunk(name: SitemapName): number | null {
  return name.startsWith('articles-') ? Number(name.slice('articles-'.length)) : null;
}

/** The article sitemap file that lists this id. */
export function chunkOf(id: number): number {
  return Math.floor((id - 1) / SITEMAP_CHUNK_SIZE);
}

export function chunkRange(chunk: number) {
  return { gte: chunk * SITEMAP_CHUNK_SIZE + 1, lte: (chunk + 1) * SITEMAP_CHUNK_SIZE };
}

/** The sitemap index: non-empty article chunks and the taxonomy sitemaps, each with lastmod. */
export async function loadSitemapIndex(prisma: PrismaClient): Promise<UrlEntry[]> {
  // The primary key gives the last id at once; each chunk's lastmod then comes from the covering
  // (status, id, publishedAt, updatedAt, slug) index, never from the wide article rows.
  const maxId = (await prisma.article.aggregate({ _max: { id: true } }))._max.id ?? 0;
  const chunks: UrlEntry[] = [];
  let newest: Date | null = null;
  for (let chunk = 0; chunk * SITEMAP_CHUNK_SIZE < maxId; chunk++) {
    const stats = await prisma.article.aggregate({
      where: { ...visible(), id: chunkRange(chunk) },
      _max: { updatedAt: true },
    });
    const updatedAt = stats._max.updatedAt;
    if (!updatedAt) continue;
    chunks.push({
      loc: absoluteUrl(sitemapPath(`articles-${chunk}`)),
      lastmod: toZonedIso(updatedAt),
    });
    if (!newest || updatedAt > newest) newest = updatedAt;
  }
  const latest = isoOrUndefined(newest);
  return [
    { loc: absoluteUrl(sitemapPath('pages')), lastmod: latest },
    ...chunks,
    ...(['categories', 'tags', 'authors'] as const).map((name) => ({
      loc: absoluteUrl(sitemapPath(name)),
      lastmod: latest,
    })),
  ];
}

export async function loadSitemapUrls(
  prisma: PrismaClient,
  name: SitemapName,
): Promise<UrlEntry[] | null> {
  const chunk = articleChunk(name);
  if (chunk !== null) {
    const rows = await prisma.article.findMany({
      where: { ...visible(), id: chunkRange(chunk) },
      orderBy: { id: 'asc' },
      select: {
        id: true,
        slug: true,
        updatedAt: true,
        photos: { where: { lead: true }, take: 1, select: { photo: { select: photoSelect } } },
      },
    });
    if (rows.length === 0) return null;
    return rows.map((row) => {
      const photo = row.photos[0]?.photo;
      return {
        loc: absoluteUrl(articlePath(row.id, row.slug)),
        lastmod: toZonedIso(row.updatedAt),
        ...(photo
          ? { images: [absoluteRenditionUrl(largestJpeg(toPhotoView(photo), 'wide').name)] }
          : {}),
      };
    });
  }
  switch (name) {
    case 'pages': {
      const newest = await prisma.article.findFirst({
        where: visible(),
        orderBy: { publishedAt: 'desc' },
        select: { publishedAt: true },
      });
      return [{ loc: absoluteUrl('/'), lastmod: isoOrUndefined(newest?.publishedAt ?? null) }];
    }
    case 'categories': {
      // A listing changes when an article is published in it: publishedAt keeps this on the index.
      const latest = await prisma.article.groupBy({
        by: ['categoryId'],
        where: visible(),
        _max: { publishedAt: true },
      });
      const categories = await prisma.category.findMany({
        where: { id: { in: latest.map((l) => l.categoryId) } },
        select: { id: true, slug: true },
      });
      const bySlug = new Map(categories.map((c) => [c.id, c.slug]));
      return latest.flatMap((l) => {
        const slug = bySlug.get(l.categoryId);
        return slug
          ? [{ loc: absoluteUrl(categoryPath(slug)), lastmod: isoOrUndefined(l._max.publishedAt) }]
          : [];
      });
    }
    case 'authors': {
      const latest = await prisma.article.groupBy({
        by: ['authorId'],
        where: visible(),
        _max: { publishedAt: true },
      });
      const authors = await prisma.author.findMany({
        where: { id: { in: latest.map((l) => l.authorId) } },
        select: { id: true, slug: true },
      });
      const byId = new Map(authors.map((a) => [a.id, a.slug]));
      return latest.flatMap((l) => {
        const slug = byId.get(l.authorId);
        return slug
          ? [{ loc: absoluteUrl(authorPath(slug)), lastmod: isoOrUndefined(l._max.publishedAt) }]
          : [];
      });
    }
    case 'tags': {
      const latest = await prisma.articleTag.groupBy({
        by: ['tagId'],
        where: visible(),
        _max: { publishedAt: true },
      });
      const tags = await prisma.tag.findMany({
        where: { id: { in: latest.map((l) => l.tagId) } },
        select: { id: true, slug: true },
      });
      const byId = new Map(tags.map((t) => [t.id, t.slug]));
      return latest.flatMap((l) => {
        const slug = byId.get(l.tagId);
        return slug
          ? [{ loc: absoluteUrl(tagPath(slug)), lastmod: isoOrUndefined(l._max.publishedAt) }]
          : [];
      });
    }
    default:
      return null;
  }
}

function isoOrUndefined(date: Date | null): string | undefined {
  return date ? toZonedIso(date) : undefined;
}
