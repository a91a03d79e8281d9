import 'server-only';
import { cachedQuery } from '../cache/query';
import { REVALIDATE, TAGS } from '../cache/tags';
import { prisma } from '../db/client';
import { articlePath } from '../routes';
import { visible } from './listing-queries';
import type { CorrectionKind } from './types';

export const CORRECTIONS_PAGE_SIZE = 30;

export type PublicCorrection = {
  id: number;
  kind: CorrectionKind;
  text: string;
  at: string;
  article: { id: number; title: string; path: string };
};

/** The corrections page: every correction of a visible story, newest first, 30 a page. */
export function getCorrectionsPage(
  page: number,
): Promise<{ items: PublicCorrection[]; pageCount: number }> {
  return cachedQuery(
    ['corrections', page],
    [TAGS.corrections],
    async () => {
      const where = { article: visible() };
      const [total, rows] = await Promise.all([
        prisma.articleCorrection.count({ where }),
        prisma.articleCorrection.findMany({
          where,
          orderBy: [{ at: 'desc' }, { id: 'desc' }],
          skip: (page - 1) * CORRECTIONS_PAGE_SIZE,
          take: CORRECTIONS_PAGE_SIZE,
          select: {
            id: true,
            kind: true,
            text: true,
            at: true,
            article: { select: { id: true, slug: true, title: true } },
          },
        }),
      ]);
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind === 'clarification' ? 'clarification' : 'correction',
          text: r.text,
          at: r.at.toISOString(),
          article: {
            id: r.article.id,
            title: r.article.title,
            path: articlePath(r.article.id, r.article.slug),
          },
        })),
        pageCount: Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE)),
      };
    },
    REVALIDATE.listing,
  );
}
