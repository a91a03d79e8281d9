import type { Prisma } from '../../generated/prisma/client';

/**
 * An article's content as an editor or a document states it (names and slugs, not ids): what the
 * editor loads, what a seed update compares with its document, and a revision's baseline.
 */
export const editableSelect = {
  id: true,
  title: true,
  slug: true,
  dek: true,
  body: true,
  status: true,
  publishedAt: true,
  category: { select: { slug: true } },
  author: { select: { name: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { position: 'asc' } },
  photos: { where: { lead: true }, select: { photoId: true } },
} as const satisfies Prisma.ArticleSelect;
