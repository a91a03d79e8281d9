import 'server-only';
import { cache } from 'react';
import { cachedQuery } from '../cache/query';
import { REVALIDATE, TAGS } from '../cache/tags';
import { prisma } from '../db/client';
import {
  authorArticlePage,
  busiestTagIds,
  categoryArticlePage,
  latestArticles,
  latestFullArticles,
  relatedArticles,
  tagArticlePage,
  visible,
} from './listing-queries';
import { articleSelect, toArticleView } from './mappers';
import { photoSelect, toPhotoView } from '../media/view';
import type {
  ArticlePage,
  ArticleSummary,
  ArticleView,
  AuthorView,
  CategoryView,
  LinkedArticle,
  TagView,
} from './types';
import { articlePath } from '../routes';

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
 * The published articles a body links to or shows as cards, at their current title and URL:
 * tagged with each one's tag, so a new slug or title, or an unpublication, refreshes the pages
 * that name it.
 */
export function getLinkedArticles(ids: readonly number[]): Promise<LinkedArticle[]> {
  if (ids.length === 0) return Promise.resolve([]);
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  return cachedQuery(
    ['linked', ...sorted],
    sorted.map(TAGS.article),
    async () => {
      const rows = await prisma.article.findMany({
        where: { id: { in: sorted }, ...visible() },
        select: { id: true, slug: true, title: true, dek: true },
      });
      return rows.map((r) => ({
        id: r.id,
        path: articlePath(r.id, r.slug),
        title: r.title,
        dek: r.dek,
      }));
    },
    REVALIDATE.article,
  );
}

/**
 * Newest articles sharing a tag, then the category. Refreshed with the article or hourly, not on
 * every publication: otherwise each new article would expire every article page at once.
 */
export function getRelatedArticles(article: ArticleView, limit = 4): Promise<ArticleSummary[]> {
  const tagIds = article.tags.map((t) => t.id);
  return cachedQuery(
    ['related', article.id, ...tagIds],
    [TAGS.article(article.id)],
    () =>
      relatedArticles(prisma, { id: article.id, categoryId: article.category.id, tagIds }, limit),
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
    const [latest, categories] = await Promise.all([
      latestArticles(prisma, HOME_LATEST_COUNT),
      prisma.category.findMany({ orderBy: { position: 'asc' }, select: categorySelect }),
    ]);
    const sections = await Promise.all(
      categories.map(async (category) => ({
        category,
        articles: await latestArticles(prisma, HOME_SECTION_COUNT, category.id),
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
    [TAGS.tagSlug(slug)],
    () => prisma.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }),
    REVALIDATE.listing,
  ),
);

export const getAuthorBySlug = cache((slug: string): Promise<AuthorView | null> =>
  cachedQuery(
    ['author-by-slug', slug],
    [TAGS.authorSlug(slug)],
    async () => {
      const row = await prisma.author.findUnique({
        where: { slug },
        select: { id: true, slug: true, name: true, bio: true, photo: { select: photoSelect } },
      });
      return row && { ...row, photo: row.photo ? toPhotoView(row.photo) : null };
    },
    REVALIDATE.listing,
  ),
);

export const getCategoryArticles = cache((categoryId: number, page: number): Promise<ArticlePage> =>
  cachedQuery(
    ['category-articles', categoryId, page],
    [TAGS.category(categoryId)],
    () => categoryArticlePage(prisma, categoryId, page),
    REVALIDATE.listing,
  ),
);

export const getAuthorArticles = cache((authorId: number, page: number): Promise<ArticlePage> =>
  cachedQuery(
    ['author-articles', authorId, page],
    [TAGS.author(authorId)],
    () => authorArticlePage(prisma, authorId, page),
    REVALIDATE.listing,
  ),
);

export const getTagArticles = cache((tagId: number, page: number): Promise<ArticlePage> =>
  cachedQuery(
    ['tag-articles', tagId, page],
    [TAGS.tag(tagId)],
    () => tagArticlePage(prisma, tagId, page),
    REVALIDATE.listing,
  ),
);

export const TRENDING_TAG_COUNT = 10;

/** Tags with the most published articles: the front page's «topics» strip. */
export function getTrendingTags(): Promise<TagView[]> {
  return cachedQuery(['trending-tags'], [TAGS.latest], async () => {
    const ids = await busiestTagIds(prisma, TRENDING_TAG_COUNT);
    const tags = await prisma.tag.findMany({
      where: { id: { in: ids } },
      select: { id: true, slug: true, name: true },
    });
    const byId = new Map(tags.map((t) => [t.id, t]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  });
}

export const FEED_SIZE = 50;

/** The newest published articles for the site feed, or for one category's feed. */
export function getFeedArticles(categoryId?: number): Promise<ArticleView[]> {
  // A category's feed changes only with its own articles, not with every publication.
  const tags = categoryId ? [TAGS.category(categoryId)] : [TAGS.feed, TAGS.latest];
  return cachedQuery(
    ['feed', categoryId ?? 'all'],
    tags,
    () => latestFullArticles(prisma, FEED_SIZE, categoryId),
    REVALIDATE.listing,
  );
}
