/**
 * First page against last page of the largest listings (prints figures; not a test):
 *   npm run bench:pagination [-- --database file:./data/bench-100k.db]
 * Runs the uncached listing queries (lib/articles/listing-queries.ts) on a database of SYNTHETIC
 * articles (make one with `npm run bench -- --articles 100000` or `npm run synthetic`).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { categoryArticlePage, tagArticlePage } from '../../lib/articles/listing-queries';
import { createPrismaClient } from '../../lib/db/client';
import { PAGE_SIZE } from '../../lib/articles/pagination';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'file:./data/bench-100k.db' },
    runs: { type: 'string', default: '30' },
  },
});
const runs = Number(values.runs);

async function timeIt(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(runs / 2)]!, p95: times[Math.floor(runs * 0.95)]! };
}

async function main() {
  if (!existsSync(values.database!.replace(/^file:/, '')))
    throw new Error(
      `no database at ${values.database}: build one with npm run bench -- --articles 100000`,
    );
  const db = createPrismaClient(values.database);
  try {
    const category = (
      await db.article.groupBy({
        by: ['categoryId'],
        where: { status: 'published' },
        _count: { id: true },
        orderBy: { _count: { id: 'desc' } },
        take: 1,
      })
    )[0]!;
    const tag = (
      await db.articleTag.groupBy({
        by: ['tagId'],
        where: { status: 'published' },
        _count: { tagId: true },
        orderBy: { _count: { tagId: 'desc' } },
        take: 1,
      })
    )[0]!;
    const total = await db.article.count();
    const listings = [
      {
        name: `largest category (${category._count.id} articles)`,
        pages: Math.ceil(category._count.id / PAGE_SIZE),
        run: (page: number) => categoryArticlePage(db, category.categoryId, page),
      },
      {
        name: `largest tag (${tag._count.tagId} articles)`,
        pages: Math.ceil(tag._count.tagId / PAGE_SIZE),
        run: (page: number) => tagArticlePage(db, tag.tagId, page),
      },
    ];
    console.log(
      `pagination on ${total} articles, ${PAGE_SIZE} per page, ${runs} runs each (uncached queries, count + page)\n`,
    );
    console.log('| listing | page | p50 ms | p95 ms |\n| --- | ---: | ---: | ---: |');
    for (const listing of listings) {
      for (const page of [1, Math.ceil(listing.pages / 2), listing.pages]) {
        const { p50, p95 } = await timeIt(() => listing.run(page));
        console.log(`| ${listing.name} | ${page} | ${p50.toFixed(1)} | ${p95.toFixed(1)} |`);
      }
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:pagination: ${(error as Error).message}`);
  process.exitCode = 1;
});
