/**
 * Arabic search benchmark on a SYNTHETIC archive (prints figures; not a test):
 *   npm run bench:search -- [--articles 100000] [--database file:./data/bench-100k.db] [--reuse] [--no-http]
 * Times 50 fixed queries through the search function (uncached) and through /search over HTTP
 * against a production build, and reports the index size next to the table size.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '../../lib/db/client';
import { searchEngine } from '../../lib/search/current';
import { parseQuery } from '../../lib/search/query';
import { runSearch } from '../../lib/search/run';
import { startFreshServer } from './serve-fresh';
import { BENCH_QUERIES } from './search-queries';
import { generateSyntheticDatabase } from './synthetic/generate';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    database: { type: 'string', default: 'file:./data/bench-100k.db' },
    reuse: { type: 'boolean', default: false },
    http: { type: 'boolean', default: true },
    port: { type: 'string', default: '3300' },
  },
  allowNegative: true,
});

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  return { p50: at(50), p95: at(95), max: sorted.at(-1)! };
}

const row = (name: string, samples: number[], target?: number) => {
  const { p50, p95, max } = percentiles(samples);
  const verdict =
    target === undefined ? '' : p95 < target ? `met (< ${target})` : `NOT met (< ${target})`;
  return `| ${name} | ${samples.length} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${max.toFixed(1)} | ${verdict} |`;
};

async function main() {
  const database = values.database!;
  const file = database.replace(/^file:/, '');
  if (!(values.reuse && existsSync(file))) {
    const generated = await generateSyntheticDatabase({
      articles: Number(values.articles),
      database,
    });
    console.log(
      `load: ${values.articles} synthetic articles generated and indexed in ${generated.seconds.toFixed(1)} s`,
    );
  }
  if (BENCH_QUERIES.length !== 50)
    throw new Error(`expected 50 queries, have ${BENCH_QUERIES.length}`);

  const db = createPrismaClient(database);
  const functionMs: number[] = [];
  const hitsPerQuery: number[] = [];
  try {
    await searchEngine.refresh(db);
    for (const q of BENCH_QUERIES) await runSearch(db, parseQuery(q), 1); // warm the page cache
    for (let round = 0; round < 3; round++) {
      for (const q of BENCH_QUERIES) {
        const start = performance.now();
        const result = await runSearch(db, parseQuery(q), 1);
        functionMs.push(performance.now() - start);
        if (round === 0 && result.status === 'ok') hitsPerQuery.push(result.total);
      }
    }
  } finally {
    await db.$disconnect();
  }

  const httpCold: number[] = [];
  const httpWarm: number[] = [];
  if (values.http) {
    const server = await startFreshServer({ port: Number(values.port), database, seed: false });
    try {
      // Warm the route (module loading, first render) with queries outside the measured set.
      for (const q of ['مراكش', 'طنجة', 'الصناعة', 'التجارة', 'المهرجان'])
        await (await fetch(`${server.url}/search?q=${encodeURIComponent(q)}`)).text();
      for (const [pass, samples] of [
        ['cold', httpCold],
        ['warm', httpWarm],
      ] as const) {
        for (const q of BENCH_QUERIES) {
          const start = performance.now();
          const response = await fetch(`${server.url}/search?q=${encodeURIComponent(q)}`);
          await response.text();
          samples.push(performance.now() - start);
          if (response.status !== 200) throw new Error(`${pass} ${q}: HTTP ${response.status}`);
        }
      }
    } finally {
      await server.stop();
    }
  }

  const raw = new Database(file, { readonly: true });
  const size = (pattern: string) =>
    (
      raw
        .prepare(`SELECT COALESCE(SUM(pgsize), 0) AS bytes FROM dbstat WHERE name LIKE ?`)
        .get(pattern) as { bytes: number }
    ).bytes;
  const articles = (raw.prepare('SELECT COUNT(*) AS n FROM "Article"').get() as { n: number }).n;
  const indexBytes = size('ArticleSearch%');
  const tableBytes = size('Article');
  raw.close();

  const matched = percentiles(hitsPerQuery);
  console.log(
    `\nSearch over ${articles} articles, 50 queries (results per query: median ${matched.p50}, max ${matched.max}), latency in ms:`,
  );
  console.log('| what | samples | p50 | p95 | max | target p95 |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  console.log(row('search function (uncached, 3 rounds)', functionMs, 20));
  if (values.http) {
    console.log(row('/search over HTTP, first request per query', httpCold, 60));
    console.log(row('/search over HTTP, repeated (data cache)', httpWarm));
  }
  console.log(
    `\nFTS5 index ${(indexBytes / 1e6).toFixed(1)} MB next to the Article table ${(tableBytes / 1e6).toFixed(1)} MB`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
