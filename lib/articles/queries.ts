import 'server-only';
import { cache } from 'react';
import type { Prisma } from '../../generated/prisma/client';
import { cachedQuery } from '../cache';
import { REVALIDATE, TAGS } from '../cache-tags';
import { prisma } from '../db';
import { PAGE_SIZE, pageCount, pageOffset } from '../pagination';
import { articleSelect, summarySelect, toArticleView, toSummary } from './mappers';
import type {
  ArticlePage,
  ArticleSummary,
  ArticleView,
  AuthorView,
  CategoryView,
  TagView,
} from './types';

/** Published and due: scheduled articles stay invisible until their time. */
function visible(now = new Date()): Prisma.ArticleWhereInput {
  return { status: 'published', publishedAt: { lte: now } };
}

const newestFirst = [
  { publishedAt: 'desc' },
  { id: 'desc' },
] satisfies Prisma.ArticleOrderByWithRelationInput[];

/** Shared by generateMetadata and the page through React's per-request cache. */
export const getPublishedArticle = cache((id: number): Promise<ArticleView | null> =>
  cachedQuery(
    ['article', id],
    [TAGS.article(id), TAGS.categories],
    async () => {
      const row = await prisma.article.findFirst({
        where: { id, ...visible() },
        select: articleSelect,
      });
      return row ? toArticleView(row) : null;
    },
    REVALIDATE.article,
  ),
);

/**
 * Newest articles sharing a tag, then the category. Refreshed with the article or hourly, not on
 * every publication: otherwise each new article would expire every article page at once.
 */
export function getRelatedArticles(article: ArticleView, limit = 4): Promise<ArticleSummary[]> {
  const tagIds = article.tags.map((t) => t.id);
  return cachedQuery(
    ['related', article.id, ...tagIds],
    [TAGS.article(article.id)],
    async () => {
      const sharingTags = tagIds.length
        ? await prisma.article.findMany({
            where: {
              ...visible(),
              id: { not: article.id },
              tags: { some: { tagId: { in: tagIds } } },
            },
            orderBy: newestFirst,
            take: limit,
            select: summarySelect,
          })
        : [];
      const seen = new Set([article.id, ...sharingTags.map((a) => a.id)]);
      const sameCategory =
        sharingTags.length < limit
          ? await prisma.article.findMany({
              where: { ...visible(), categoryId: article.category.id, id: { notIn: [...seen] } },
              orderBy: newestFirst,
              take: limit - sharingTags.length,
              select: summarySelect,
            })
          : [];
      return [...sharingTags, ...sameCategory].map(toSummary);
    },
    REVALIDATE.article,
  );
}

export type HomeData = {
  lead: ArticleSummary | null;
  /** Newest first, the lead included: the «latest news» column. */
  latest: ArticleSummary[];
  sections: { category: CategoryView; articles: ArticleSummary[] }[];
};

export const HOME_LATEST_COUNT = 8;
export const HOME_SECTION_COUNT = 4;

export function getHomeData(): Promise<HomeData> {
  return cachedQuery(['home'], [TAGS.home, TAGS.latest, TAGS.categories], async () => {
    const [latestRows, categories] = await Promise.all([
      prisma.article.findMany({
        where: visible(),
        orderBy: newestFirst,
        take: HOME_LATEST_COUNT,
        select: summarySelect,
      }),
      prisma.category.findMany({ orderBy: { position: 'asc' }, select: categorySelect }),
    ]);
    const latest = latestRows.map(toSummary);
    const sections = await Promise.all(
      categories.map(async (category) => ({
        category,
        articles: (
          await prisma.article.findMany({
            where: { ...visible(), categoryId: category.id },
            orderBy: newestFirst,
            take: HOME_SECTION_COUNT,
            select: summarySelect,
          })
        ).map(toSummary),
      })),
    );
    return {
      lead: latest[0] ?? null,
      latest,
      sections: sections.filter((s) => s.articles.length > 0),
    };
  });
}

const categorySelect = { id: true, slug: true, name: true, description: true } as const;

export function getNavigationCategories(): Promise<CategoryView[]> {
  return cachedQuery(
    ['categories'],
    [TAGS.categories],
    () => prisma.category.findMany({ orderBy: { position: 'asc' }, select: categorySelect }),
    REVALIDATE.article,
  );
}

export const getCategoryBySlug = cache((slug: string): Promise<CategoryView | null> =>
  cachedQuery(
    ['category-by-slug', slug],
    [TAGS.categories],
    () => prisma.category.findUnique({ where: { slug }, select: categorySelect }),
    REVALIDATE.listing,
  ),
);

export const getTagBySlug = cache((slug: string): Promise<TagView | null> =>
  cachedQuery(
    ['tag-by-slug', slug],
    [TAGS.latest],
    () => prisma.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }),
    REVALIDATE.listing,
  ),
);

export const getAuthorBySlug = cache((slug: string): Promise<AuthorView | null> =>
  cachedQuery(
    ['author-by-slug', slug],
    [TAGS.latest],
    () =>
      prisma.author.findUnique({
        where: { slug },
        select: { id: true, slug: true, name: true, bio: true },
      }),
    REVALIDATE.listing,
  ),
);

async function articlePage(where: Prisma.ArticleWhereInput, page: number): Promise<ArticlePage> {
  const [total, rows] = await Promise.all([
    prisma.article.count({ where }),
    prisma.article.findMany({
      where,
      orderBy: newestFirst,
      skip: pageOffset(page),
      take: PAGE_SIZE,
      select: summarySelect,
    }),
  ]);
  return { items: rows.map(toSummary), page, pageCount: pageCount(total), total };
}

export const getCategoryArticles = cache((categoryId: number, page: number): Promise<ArticlePage> =>
  cachedQuery(
    ['category-articles', categoryId, page],
    [TAGS.category(categoryId)],
    () => articlePage({ ...visible(), categoryId }, page),
    REVALIDATE.listing,
  ),
);

export const getAuthorArticles = cache((authorId: number, page: number): Promise<ArticlePage> =>
  cachedQuery(
    ['author-articles', authorId, page],
    [TAGS.author(authorId)],
    () => articlePage({ ...visible(), authorId }, page),
    REVALIDATE.listing,
  ),
);

export const getTagArticles = cache((tagId: number, page: number): Promise<ArticlePage> =>
  cachedQuery(
    ['tag-articles', tagId, page],
    [TAGS.tag(tagId)],
    async () => {
      // Served by the (tagId, status, publishedAt) index on the join table.
      const where = {
        tagId,
        status: 'published',
        publishedAt: { lte: new Date() },
      } satisfies Prisma.ArticleTagWhereInput;
      const [total, rows] = await Promise.all([
        prisma.articleTag.count({ where }),
        prisma.articleTag.findMany({
          where,
          orderBy: [{ publishedAt: 'desc' }, { articleId: 'desc' }],
          skip: pageOffset(page),
          take: PAGE_SIZE,
          select: { article: { select: summarySelect } },
        }),
      ]);
      return {
        items: rows.map((r) => toSummary(r.article)),
        page,
        pageCount: pageCount(total),
        total,
      };
    },
    REVALIDATE.listing,
  ),
);

export const TRENDING_TAG_COUNT = 10;

/** Tags with the most published articles: the front page's «topics» strip. */
export function getTrendingTags(): Promise<TagView[]> {
  return cachedQuery(['trending-tags'], [TAGS.latest], async () => {
    const counts = await prisma.articleTag.groupBy({
      by: ['tagId'],
      where: { status: 'published', publishedAt: { lte: new Date() } },
      _count: { tagId: true },
      orderBy: [{ _count: { tagId: 'desc' } }, { tagId: 'asc' }],
      take: TRENDING_TAG_COUNT,
    });
    const tags = await prisma.tag.findMany({
      where: { id: { in: counts.map((c) => c.tagId) } },
      select: { id: true, slug: true, name: true },
    });
    const byId = new Map(tags.map((t) => [t.id, t]));
    return counts.flatMap((c) => byId.get(c.tagId) ?? []);
  });
}

export const FEED_SIZE = 50;

/** The newest published articles for the site feed, or for one category's feed. */
export function getFeedArticles(categoryId?: number): Promise<ArticleSummary[]> {
  const tags = categoryId ? [TAGS.feed, TAGS.category(categoryId)] : [TAGS.feed, TAGS.latest];
  return cachedQuery(
    ['feed', categoryId ?? 'all'],
    tags,
    async () => {
      const rows = await prisma.article.findMany({
        where: { ...visible(), ...(categoryId ? { categoryId } : {}) },
        orderBy: newestFirst,
        take: FEED_SIZE,
        select: summarySelect,
      });
      return rows.map(toSummary);
    },
    REVALIDATE.listing,
  );
}
