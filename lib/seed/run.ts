import type { PrismaClient } from '../../generated/prisma/client';
import { saveArticleInTransaction, type SaveResult } from '../publishing/write';
import type { SeedContent } from './load';

/**
 * Writes validated seed content, categories then articles, in one transaction: a seed that fails
 * halfway leaves the database as it was.
 */
export async function writeSeedContent(
  db: PrismaClient,
  content: SeedContent,
): Promise<SaveResult[]> {
  return db.$transaction(
    async (tx) => {
      for (const [position, category] of content.categories.entries()) {
        const current = await tx.category.findUnique({ where: { slug: category.slug } });
        const wanted = { name: category.name, description: category.description, position };
        if (!current) {
          await tx.category.create({ data: { slug: category.slug, ...wanted } });
        } else if (
          current.name !== wanted.name ||
          current.description !== wanted.description ||
          current.position !== wanted.position
        ) {
          await tx.category.update({ where: { id: current.id }, data: wanted });
        }
      }
      const results: SaveResult[] = [];
      for (const article of content.articles)
        results.push(await saveArticleInTransaction(tx, article));
      return results;
    },
    { timeout: 60_000 },
  );
}
