/**
 * Brings the seed's documents back over the articles imported from them, which the normal seed
 * (`npm run db:seed`, run by `npm start`) never does once they are the newsroom's:
 *   npm run db:seed:update             # says what would change, writes nothing
 *   npm run db:seed:update -- --apply  # writes it, one transaction, an audit event per article
 * A running site shows the change within its revalidation periods (an hour at most for an article).
 */
import '../../lib/runtime/local-env-auto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../../lib/db/client';
import { loadSeedContent, SeedError } from '../../lib/seed/load';
import { updateSeedArticles } from '../../lib/seed/update';

const { values } = parseArgs({ options: { apply: { type: 'boolean', default: false } } });
const seedDir = process.env.SEED_DIR ?? path.join(process.cwd(), 'prisma', 'seed');

async function main() {
  const content = await loadSeedContent(seedDir);
  const db = createPrismaClient();
  try {
    const { articles, categories } = await updateSeedArticles(db, content, { apply: values.apply });
    const verb = values.apply ? 'updated' : 'would update';
    for (const slug of categories)
      console.log(`category ${slug}: ${verb} name, description or order`);
    for (const article of articles) {
      if (article.state === 'changed')
        console.log(
          `${article.sourceKey} (article ${article.id}): ${verb} ${article.fields.join(', ')}`,
        );
      if (article.state === 'deleted')
        console.log(`${article.sourceKey}: deleted in the newsroom, left deleted`);
      if (article.state === 'never-imported')
        console.log(`${article.sourceKey}: not imported yet (npm run db:seed imports it)`);
    }
    const changed = articles.filter((a) => a.state === 'changed').length;
    console.log(
      `seed update: ${changed} article(s) and ${categories.length} categor(ies) ${values.apply ? 'updated' : 'differ; run with --apply to write them'}`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedError ? `seed update failed: ${error.message}` : error);
  process.exit(1);
});
