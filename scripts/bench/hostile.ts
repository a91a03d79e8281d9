/**
 * `npm run hostile`: 50,000 requests a client chose to be distinct (junk static names with
 * Accept-Encoding: br, unknown article ids and slugs, page numbers, tag, author and category slugs,
 * sitemap chunks, feed names, query strings and one-off searches) against a fresh production server,
 * with a reader asking for the popular pages meanwhile. Prints RSS and the files under .next/
 * before and after, the popular pages' p99 during the load, and whether they are still cache hits.
 *
 *   npm run hostile [-- --requests 50000 --rounds 2 --connections 16 --port 3350 --reuse]
 *
 * With --rounds 2 the same load runs twice: the first fills every cache to its bound (the
 * response cache, Next.js's in-memory cache, V8's heap), the second shows whether anything still
 * grows once they are full.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startFreshServer } from './serve-fresh';
import { median } from './median';
import { serverRssMb as rssOf } from './rss';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '50000' },
    rounds: { type: 'string', default: '1' },
    connections: { type: 'string', default: '16' },
    port: { type: 'string', default: '3350' },
    reuse: { type: 'boolean', default: false },
  },
});
const total = Number(values.requests);
const connections = Number(values.connections);
const POPULAR = ['/', '/category/سياسة', '/feeds/rss.xml', '/sitemap.xml'];

function countFiles(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

const junk = (n: number) => `${n.toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/** The n-th hostile request: each class in turn, every name new. */
function hostile(n: number): { path: string; headers?: Record<string, string> } {
  const j = junk(n);
  switch (n % 12) {
    case 0:
      return {
        path: `/_next/static/chunks/${j.repeat(8)}.js`,
        headers: { 'accept-encoding': 'br' },
      };
    case 1:
      return { path: `/news/${900_000 + n}/${encodeURIComponent(`خبر-${j}`)}` };
    case 2:
      return { path: `/news/1/${encodeURIComponent(`عنوان-آخر-${j}`)}` };
    case 3:
      return { path: `/category/${encodeURIComponent(`قسم-${j}`)}` };
    case 4:
      return { path: `/tag/${encodeURIComponent(`وسم-${j}`)}` };
    case 5:
      return { path: `/author/${j}?page=${n}` };
    case 6:
      return { path: `/sitemaps/articles-${1000 + n}.xml` };
    case 7:
      return { path: `/feeds/${j}.xml` };
    case 8:
      return { path: `/?${j}=${j}` };
    case 9:
      return { path: `/search?q=${encodeURIComponent(`بحث ${j}`)}` };
    case 10:
      return { path: `/category/سياسة?page=${5000 + n}` };
    default:
      return { path: `/_next/image?url=/${j}.png&w=${n}&q=75` };
  }
}

async function main(): Promise<void> {
  const port = Number(values.port);
  const server = await startFreshServer({
    port,
    database: 'file:./data/hostile.db',
    build: !values.reuse,
    logFile: 'data/hostile-server.log',
  });
  const base = server.url;
  try {
    for (const p of POPULAR)
      for (let i = 0; i < 3; i++) await (await fetch(base + encodeURI(p))).text();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const start = {
      rss: Math.round(rssOf(server.pid, 'data/hostile-server.log')),
      next: countFiles('.next'),
    };
    console.log(
      `start: RSS ${start.rss} MB; .next/ ${start.next.files} files (${(start.next.bytes / 1e6).toFixed(1)} MB)`,
    );
    for (let round = 1; round <= Number(values.rounds); round++) {
      const before = {
        rss: Math.round(rssOf(server.pid, 'data/hostile-server.log')),
        next: countFiles('.next'),
      };
      const statuses = new Map<number, number>();
      let sent = 0;
      let done = false;
      const started = Date.now();
      const offset = (round - 1) * total;
      const worker = async () => {
        while (sent < total) {
          const { path: p, headers } = hostile(offset + sent++);
          try {
            const response = await fetch(base + p, { headers, redirect: 'manual' });
            await response.arrayBuffer();
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          } catch {
            statuses.set(0, (statuses.get(0) ?? 0) + 1);
          }
        }
      };
      const popularTimes: number[] = [];
      const reader = (async () => {
        for (let i = 0; !done; i++) {
          const t = performance.now();
          await (await fetch(base + encodeURI(POPULAR[i % POPULAR.length]!))).text();
          popularTimes.push(performance.now() - t);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      await Promise.all(Array.from({ length: connections }, worker));
      done = true;
      await reader;
      const seconds = (Date.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const after = {
        rss: Math.round(rssOf(server.pid, 'data/hostile-server.log')),
        next: countFiles('.next'),
      };
      const hits: string[] = [];
      for (const p of POPULAR) {
        const response = await fetch(base + encodeURI(p));
        await response.text();
        hits.push(
          `${p} ${response.headers.get('x-cache') ?? response.headers.get('x-nextjs-cache') ?? '-'}`,
        );
      }
      popularTimes.sort((a, b) => a - b);
      const p99 = popularTimes[Math.floor(popularTimes.length * 0.99)] ?? 0;
      console.log(
        `round ${round}: ${total} requests in ${seconds.toFixed(1)} s at ${connections} connections`,
      );
      console.log(
        `  statuses: ${[...statuses]
          .sort()
          .map(([s, c]) => `${s}×${c}`)
          .join(', ')}`,
      );
      console.log(
        `  RSS: ${before.rss} MB before, ${after.rss} MB after (${(((after.rss - before.rss) / before.rss) * 100).toFixed(1)} %)`,
      );
      console.log(
        `  .next/: ${before.next.files} files (${(before.next.bytes / 1e6).toFixed(1)} MB) before, ${after.next.files} files (${(after.next.bytes / 1e6).toFixed(1)} MB) after`,
      );
      console.log(
        `  popular pages during the load: ${popularTimes.length} requests, median ${median(popularTimes).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`,
      );
      console.log(`  popular pages after: ${hits.join('; ')}`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
