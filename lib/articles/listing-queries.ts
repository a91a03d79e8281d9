import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { PAGE_SIZE, pageCount, pageOffset } from './pagination';
import { articleSelect, summarySelect, toArticleView, toSummary } from './mappers';
import type { ArticlePage, ArticleSummary, ArticleView } from './types';

/**
 * The uncached listing queries, each taking its client: queries.ts caches them for the site, and
 * tests/query-plans.test.ts runs them against a real database and checks SQLite's plan for every
 * statement they send (an index, never a full scan of Article).
 */

/** Published and due: scheduled articles stay invisible until their time. */
export function visible(now = new Date()): Prisma.ArticleWhereInput {
  return { status: 'published', publishedAt: { lte: now } };
}

export const newestFirst = [
  { publishedAt: 'desc' },
  { id: 'desc' },
] satisfies Prisma.ArticleOrderByWithRelationInput[];

/** The newest published articles, of one category or all. */
const latest = (take: number, categoryId?: number) => ({
  where: { ...visible(), ...(categoryId ? { categoryId } : {}) },
  orderBy: newestFirst,
  take,
});

export async function latestArticles(
  db: PrismaClient,
  take: number,
  categoryId?: number,
): Promise<ArticleSummary[]> {
  const rows = await db.article.findMany({ ...latest(take, categoryId), select: summarySelect });
  return rows.map(toSummary);
}

/** The same, whole (body and photos): what the feeds carry. */
export async function latestFullArticles(
  db: PrismaClient,
  take: number,
  categoryId?: number,
): Promise<ArticleView[]> {
  const rows = await db.article.findMany({ ...latest(take, categoryId), select: articleSelect });
  return rows.map(toArticleView);
}

async function articlePage(
  db: PrismaClient,
  where: Prisma.ArticleWhereInput,
  page: number,
): Promise<ArticlePage> {
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: newestFirst,
      skip: pageOffset(page),
      take: PAGE_SIZE,
      select: summarySelect,
    }),
  ]);
  return { items: rows.map(toSummary), page, pageCount: pageCount(total), total };
}

export function categoryArticlePage(
  db: PrismaClient,
  categoryId: number,
  page: number,
): Promise<ArticlePage> {
  return articlePage(db, { ...visible(), categoryId }, page);
}

export function authorArticlePage(
  db: PrismaClient,
  authorId: number,
  page: number,
): Promise<ArticlePage> {
  return articlePage(db, { ...visible(), authorId }, page);
}

export async function tagArticlePage(
  db: PrismaClient,
  tagId: number,
  page: number,
): Promise<ArticlePage> {
  // Served by the (tagId, status, publishedAt) index on the join table.
  const where = {
    tagId,
    status: 'published',
    publishedAt: { lte: new Date() },
  } satisfies Prisma.ArticleTagWhereInput;
  const [total, rows] = await Promise.all([
    db.articleTag.count({ where }),
    db.articleTag.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { articleId: 'desc' }],
      skip: pageOffset(page),
      take: PAGE_SIZE,
      select: { article: { select: summarySelect } },
    }),
  ]);
  return { items: rows.map((r) => toSummary(r.article)), page, pageCount: pageCount(total), total };
}

/** Newest articles sharing a tag, then the category, for an article's «related» block. */
export async function relatedArticles(
  db: PrismaClient,
  article: { id: number; categoryId: number; tagIds: number[] },
  limit: number,
): Promise<ArticleSummary[]> {
  const sharingTags = article.tagIds.length
    ? await db.article.findMany({
        where: {
          ...visible(),
          id: { not: article.id },
          tags: { some: { tagId: { in: article.tagIds } } },
        },
        orderBy: newestFirst,
        take: limit,
        select: summarySelect,
      })
    : [];
  const seen = new Set([article.id, ...sharingTags.map((a) => a.id)]);
  const sameCategory =
    sharingTags.length < limit
      ? await db.article.findMany({
          where: { ...visible(), categoryId: article.categoryId, id: { notIn: [...seen] } },
          orderBy: newestFirst,
          take: limit - sharingTags.length,
          select: summarySelect,
        })
      : [];
  return [...sharingTags, ...sameCategory].map(toSummary);
}

/** Tag ids with the most published articles, most first. */
export async function busiestTagIds(db: PrismaClient, take: number): Promise<number[]> {
  const counts = await db.articleTag.groupBy({
    by: ['tagId'],
    where: { status: 'published', publishedAt: { lte: new Date() } },
    _count: { tagId: true },
    orderBy: [{ _count: { tagId: 'desc' } }, { tagId: 'asc' }],
    take,
  });
  return counts.map((c) => c.tagId);
}
