import type { PrismaClient } from '../../generated/prisma/client';
import { saveArticleInTransaction } from '../publishing/write';
import { PhotoError } from '../media/errors';
import { preparePhoto, recordPhoto, type PreparedPhoto } from '../media/ingest';
import { SeedError, type SeedArticle, type SeedContent } from './load';

const SEED_ACTOR = { id: null, name: 'البذرة' };

/**
 * Processes and stores the documents' photo files before the transaction (seconds each; a photo
 * already stored is found by its hash and costs one lookup). Their rows are written with the
 * articles, so a failed seed leaves no row behind, only files that `npm run media:check` reports.
 */
async function preparePhotos(
  db: PrismaClient,
  articles: SeedArticle[],
): Promise<(PreparedPhoto | null)[]> {
  const out: (PreparedPhoto | null)[] = [];
  for (const article of articles) {
    if (!article.photo) {
      out.push(null);
      continue;
    }
    try {
      out.push(await preparePhoto(db, article.photo.bytes, article.photo.texts));
    } catch (error) {
      if (error instanceof PhotoError)
        throw new SeedError(
          `${article.photo.file}: photo.file is refused (${error.code}): ${error.detail || error.message}`,
        );
      throw error;
    }
  }
  return out;
}

/** What the seed did with one document: wrote it, or left it to the newsroom. */
export type SeedOutcome = {
  sourceKey: string;
  outcome: 'created' | 'kept';
  /** The article, if it exists (a kept document may have been deleted in the newsroom). */
  id: number | null;
  slug: string | null;
};

/**
 * Writes what the seed has never written, in one transaction: a seed that fails halfway leaves
 * the database as it was. Insert-only, because `npm start` runs it on every start: a category or
 * document already imported is the newsroom's (renamed, edited, unpublished or deleted there), and
 * stays as it is. `updateSeedArticles` (lib/seed/update.ts) is the explicit way to bring the seed's
 * documents back.
 */
export async function writeSeedContent(
  db: PrismaClient,
  content: SeedContent,
): Promise<SeedOutcome[]> {
  const photos = await preparePhotos(db, content.articles);
  return db.$transaction(
    async (tx) => {
      for (const [position, category] of content.categories.entries()) {
        const current = await tx.category.findUnique({
          where: { slug: category.slug },
          select: { id: true },
        });
        if (!current) {
          await tx.category.create({
            data: {
              slug: category.slug,
              name: category.name,
              description: category.description,
              position,
            },
          });
        }
      }
      const outcomes: SeedOutcome[] = [];
      for (const [index, stated] of content.articles.entries()) {
        const sourceKey = stated.sourceKey!;
        const imported = await tx.seedImport.findUnique({ where: { sourceKey } });
        const existing = await tx.article.findUnique({
          where: { sourceKey },
          select: { id: true, slug: true },
        });
        if (imported || existing) {
          // A database seeded before the ledger existed: its articles count as imported.
          if (!imported)
            await tx.seedImport.create({ data: { sourceKey, articleId: existing!.id } });
          outcomes.push({
            sourceKey,
            outcome: 'kept',
            id: existing?.id ?? null,
            slug: existing?.slug ?? null,
          });
          continue;
        }
        const prepared = photos[index];
        const article = prepared
          ? { ...stated, leadPhotoId: (await recordPhoto(tx, prepared, SEED_ACTOR)).photo.id }
          : stated;
        const saved = await saveArticleInTransaction(tx, article);
        await tx.seedImport.create({ data: { sourceKey, articleId: saved.id } });
        outcomes.push({ sourceKey, outcome: 'created', id: saved.id, slug: saved.slug });
      }
      return outcomes;
    },
    { timeout: 60_000 },
  );
}
