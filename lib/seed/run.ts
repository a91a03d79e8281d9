import type { PrismaClient } from '../../generated/prisma/client';
import { saveArticle, type SaveResult } from '../articles/write';
import type { SeedContent } from './load';

/** Writes validated seed content; categories first, then one transaction per article. */
export async function writeSeedContent(db: PrismaClient, content: SeedContent): Promise<SaveResult[]> {
  await db.$transaction(async (tx) => {
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
  });
  const results: SaveResult[] = [];
  for (const article of content.articles) results.push(await saveArticle(db, article));
  return results;
}
