import type { Prisma } from '../../generated/prisma/client';
import { photoSelect, toPhotoView } from '../media/view';
import { articlePath } from '../routes';
import { parseBlocks } from './blocks';
import type { ArticleSummary, ArticleView } from './types';

const termSelect = { id: true, slug: true, name: true } as const;

export const summarySelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  publishedAt: true,
  updatedAt: true,
  wordCount: true,
  category: { select: termSelect },
  author: { select: termSelect },
  photos: {
    where: { lead: true },
    take: 1,
    select: { lead: true, photo: { select: photoSelect } },
  },
} as const satisfies Prisma.ArticleSelect;

export const articleSelect = {
  ...summarySelect,
  outlet: true,
  body: true,
  tags: { select: { tag: { select: termSelect } }, orderBy: { position: 'asc' } },
  // The lead photo and those of the body.
  photos: {
    select: { lead: true, photo: { select: photoSelect } },
    orderBy: { position: 'asc' },
  },
  revisedAt: true,
  corrections: { select: { id: true, kind: true, text: true, at: true }, orderBy: { at: 'asc' } },
} as const satisfies Prisma.ArticleSelect;

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;
type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

export function toSummary(row: SummaryRow): ArticleSummary {
  const lead = row.photos.find((p) => p.lead);
  // Only published rows reach the mappers, and those always carry a publication time.
  const publishedAt = (row.publishedAt ?? row.updatedAt).toISOString();
  return {
    id: row.id,
    slug: row.slug,
    path: articlePath(row.id, row.slug),
    title: row.title,
    dek: row.dek,
    publishedAt,
    updatedAt: row.updatedAt.toISOString(),
    wordCount: row.wordCount,
    category: row.category,
    author: row.author,
    photo: lead ? toPhotoView(lead.photo) : null,
  };
}

export function toArticleView(row: ArticleRow): ArticleView {
  return {
    ...toSummary(row),
    outlet: row.outlet,
    blocks: parseBlocks(row.body),
    tags: row.tags.map((t) => t.tag),
    // All of the story's photos: a body block may show the lead photo again.
    bodyPhotos: row.photos.map((p) => toPhotoView(p.photo)),
    revisedAt: row.revisedAt?.toISOString() ?? null,
    corrections: row.corrections.map((c) => ({
      id: c.id,
      kind: c.kind === 'clarification' ? 'clarification' : 'correction',
      text: c.text,
      at: c.at.toISOString(),
    })),
  };
}
