import '../lib/runtime/local-env-auto';
import path from 'node:path';
import { createPrismaClient } from '../lib/db/client';
import { loadSeedContent, SeedError } from '../lib/seed/load';
import { writeSeedContent } from '../lib/seed/run';

const seedDir = process.env.SEED_DIR ?? path.join(process.cwd(), 'prisma', 'seed');

async function main() {
  const content = await loadSeedContent(seedDir);
  const db = createPrismaClient();
  try {
    const results = await writeSeedContent(db, content);
    for (const result of results) {
      const where = result.id ? `article ${result.id} /${result.slug}` : 'deleted in the newsroom';
      console.log(`seed: ${result.sourceKey} ${result.outcome} (${where})`);
    }
    console.log(`seed: ${content.categories.length} categories, ${results.length} articles`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedError ? `seed failed: ${error.message}` : error);
  process.exit(1);
});
