import type { PrismaClient } from '../../generated/prisma/client';
import { parseBlocks } from '../articles/blocks';
import { recordAudit } from '../audit/log';
import { editableSelect, saveArticleInTransaction, type ArticleInput } from '../publishing/write';
import type { SeedContent } from './load';

/** What bringing one seed document back would change in its article. */
export type SeedUpdate = {
  sourceKey: string;
  id: number | null;
  /** `deleted`: the newsroom deleted the article; it is not brought back. */
  state: 'unchanged' | 'changed' | 'deleted' | 'never-imported';
  fields: string[];
};

/** Who the audit trail names for a seed update (there is no signed-in user on the command line). */
const ACTOR = { id: null, name: 'npm run db:seed:update' };

/**
 * The explicit counterpart of the insert-only seed: compares each imported seed article with its
 * document and says which fields differ; with `apply`, writes the documents over the articles in
 * one transaction (with an audit event each), and the categories over theirs. Deleted articles stay
 * deleted; documents never imported are left to the normal seed.
 */
export async function updateSeedArticles(
  db: PrismaClient,
  content: SeedContent,
  options: { apply: boolean },
): Promise<{ articles: SeedUpdate[]; categories: string[] }> {
  return db.$transaction(
    async (tx) => {
      const categories: string[] = [];
      for (const [position, category] of content.categories.entries()) {
        const current = await tx.category.findUnique({ where: { slug: category.slug } });
        const wanted = { name: category.name, description: category.description, position };
        if (!current) continue;
        if (
          current.name !== wanted.name ||
          current.description !== wanted.description ||
          current.position !== position
        ) {
          categories.push(category.slug);
          if (options.apply) await tx.category.update({ where: { id: current.id }, data: wanted });
        }
      }
      const articles: SeedUpdate[] = [];
      for (const input of content.articles) {
        const sourceKey = input.sourceKey!;
        const imported = await tx.seedImport.findUnique({ where: { sourceKey } });
        const stored = await tx.article.findUnique({
          where: { sourceKey },
          select: { ...editableSelect, outlet: true },
        });
        if (!imported && !stored) {
          articles.push({ sourceKey, id: null, state: 'never-imported', fields: [] });
          continue;
        }
        if (!stored) {
          articles.push({ sourceKey, id: null, state: 'deleted', fields: [] });
          continue;
        }
        const fields = changedFields(stored, input);
        articles.push({
          sourceKey,
          id: stored.id,
          state: fields.length ? 'changed' : 'unchanged',
          fields,
        });
        if (options.apply && fields.length) {
          const saved = await saveArticleInTransaction(tx, input);
          await recordAudit(tx, ACTOR, 'edited', {
            articleId: saved.id,
            summary: `${input.title} (من وثيقة البذرة)`,
          });
        }
      }
      return { articles, categories };
    },
    { timeout: 60_000 },
  );
}

type Stored = {
  title: string;
  slug: string;
  dek: string;
  body: unknown;
  status: string;
  publishedAt: Date | null;
  outlet: string;
  category: { slug: string };
  author: { name: string };
  tags: { tag: { name: string } }[];
};

function changedFields(stored: Stored, input: ArticleInput): string[] {
  const same: Record<string, boolean> = {
    title: stored.title === input.title,
    slug: stored.slug === input.slug,
    dek: stored.dek === input.dek,
    body: JSON.stringify(parseBlocks(stored.body)) === JSON.stringify(input.blocks),
    status: stored.status === input.status,
    publishedAt: stored.publishedAt?.getTime() === input.publishedAt?.getTime(),
    outlet: stored.outlet === input.outlet,
    category: stored.category.slug === input.categorySlug,
    author: stored.author.name === input.authorName,
    tags: JSON.stringify(stored.tags.map((t) => t.tag.name)) === JSON.stringify(input.tagNames),
  };
  return Object.entries(same)
    .filter(([, equal]) => !equal)
    .map(([field]) => field);
}
