/**
 * Times sitemap generation on a large SYNTHETIC archive (prints figures; not a test):
 *   npm run bench:sitemaps -- [--articles 100000] [--database file:./data/bench-100k.db] [--reuse]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../../lib/db/client';
import { loadSitemapIndex, loadSitemapUrls, SITEMAP_CHUNK_SIZE } from '../../lib/seo/sitemap-data';
import { sitemapIndexXml, urlsetXml } from '../../lib/seo/sitemap-xml';
import { generateSyntheticDatabase } from './synthetic/generate';
import { median } from './median';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    database: { type: 'string', default: 'file:./data/bench-100k.db' },
    reuse: { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
  },
});

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function main() {
  const articles = Number(values.articles);
  const database = values.database!;
  if (!(values.reuse && existsSync(database.replace(/^file:/, '')))) {
    const generated = await generateSyntheticDatabase({ articles, database });
    console.log(
      `generated ${articles} synthetic articles in ${generated.seconds.toFixed(1)} s (${(generated.bytes / 1e6).toFixed(0)} MB)`,
    );
  }
  const db = createPrismaClient(database);
  try {
    const total = await db.article.count();
    const indexRuns: number[] = [];
    const chunkRuns: number[] = [];
    let chunkUrls = 0;
    let chunkBytes = 0;
    let indexEntries = 0;
    for (let run = 0; run < Number(values.runs); run++) {
      const index = await time(async () => sitemapIndexXml(await loadSitemapIndex(db)));
      indexRuns.push(index.ms);
      indexEntries = (index.value.match(/<sitemap>/g) ?? []).length;
      const chunk = await time(async () =>
        urlsetXml((await loadSitemapUrls(db, 'articles-0')) ?? []),
      );
      chunkRuns.push(chunk.ms);
      chunkUrls = (chunk.value.match(/<url>/g) ?? []).length;
      chunkBytes = Buffer.byteLength(chunk.value);
    }
    console.log(
      `\nSitemaps over ${total} articles (chunk size ${SITEMAP_CHUNK_SIZE}), median of ${values.runs} runs:`,
    );
    console.log('| what | median ms | min ms | max ms | size |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    console.log(
      `| sitemap index | ${median(indexRuns).toFixed(0)} | ${Math.min(...indexRuns).toFixed(0)} | ${Math.max(...indexRuns).toFixed(0)} | ${indexEntries} sitemaps |`,
    );
    console.log(
      `| article chunk 0 | ${median(chunkRuns).toFixed(0)} | ${Math.min(...chunkRuns).toFixed(0)} | ${Math.max(...chunkRuns).toFixed(0)} | ${chunkUrls} URLs, ${(chunkBytes / 1e6).toFixed(1)} MB |`,
    );
    for (const name of ['categories', 'tags', 'authors', 'pages'] as const) {
      const runs: number[] = [];
      let count = 0;
      for (let run = 0; run < Number(values.runs); run++) {
        const result = await time(async () => urlsetXml((await loadSitemapUrls(db, name)) ?? []));
        runs.push(result.ms);
        count = (result.value.match(/<url>/g) ?? []).length;
      }
      console.log(
        `| ${name} sitemap | ${median(runs).toFixed(0)} | ${Math.min(...runs).toFixed(0)} | ${Math.max(...runs).toFixed(0)} | ${count} URLs |`,
      );
    }
    console.log(
      `target: a full ${SITEMAP_CHUNK_SIZE}-URL chunk in < 1000 ms: ${median(chunkRuns) < 1000 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
