/**
 * Sustained load (prints figures; not a test):
 *   npm run soak -- [--minutes 10] [--connections 64] [--articles 2000] [--through-nginx] [--workers N]
 * Serves a production build over a database of SYNTHETIC articles and runs wrk at 64 connections
 * over a reader mix (80 % article pages across ≥ 1,000 articles, 10 % home and listings, 5 %
 * search, 5 % feeds and sitemaps) while an editor publishes an article through the admin in
 * Chromium every 30 s. Prints errors, latency, RSS after the first minute and at the end, and writes
 * them to bench/results/soak-<date>.md. With --through-nginx, readers go through the reverse-proxy
 * cache of deploy/nginx (the production setup) while the editor works on the application itself.
 * --workers sets WEB_CONCURRENCY (default: the server's, one per core); RSS is the sum of the
 * primary and its workers. After each publication, fresh connections (so every worker answers
 * some) must all show it at once.
 */
import { execFileSync, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { createPrismaClient } from '../../lib/db/client';
import {
  articlePath,
  authorPath,
  categoryFeedPath,
  categoryPath,
  FEED_PATHS,
  NEWS_SITEMAP_PATH,
  SITEMAP_INDEX_PATH,
  sitemapPath,
  tagPath,
} from '../../lib/routes';
import { fillEditor, trySignIn } from '../../e2e/support/newsroom';
import { BENCH_QUERIES } from './search-queries';
import { startNginx } from '../test/services/nginx';
import { median } from './median';
import { peakRssMb, serverProcesses, serverRssMb } from './rss';
import { startFreshServer } from './serve-fresh';
import { generateSyntheticDatabase } from './synthetic/generate';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    articles: { type: 'string', default: '2000' },
    port: { type: 'string', default: '3500' },
    'publish-every': { type: 'string', default: '30' },
    'through-nginx': { type: 'boolean', default: false },
    workers: { type: 'string' },
  },
});

const ROOT = process.cwd();
const TMP = path.join(ROOT, 'bench', 'tmp');
const minutes = Number(values.minutes);
const database = `file:./data/soak-${values.articles}.db`;
const EDITOR = { email: 'soak-editor@example.test', password: 'Soak-Tangier-Agadir-2030' };

type WrkResult = {
  requests: number;
  duration_us: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  p50_us: number;
  p99_us: number;
  max_us: number;
};

/** The weighted path list: wrk picks lines uniformly, so each share is a share of lines. */
async function readerMix(): Promise<{ lines: string[]; distinctArticles: number }> {
  const db = createPrismaClient(database);
  try {
    const now = new Date();
    const articles = await db.article.findMany({
      where: { status: 'published', publishedAt: { lte: now } },
      select: { id: true, slug: true },
      orderBy: { id: 'desc' },
      take: 1600,
    });
    const categories = await db.category.findMany({ select: { slug: true } });
    // The busiest tags and authors, so their second pages exist.
    const tagCounts = await db.articleTag.groupBy({
      by: ['tagId'],
      _count: { tagId: true },
      orderBy: { _count: { tagId: 'desc' } },
      take: 20,
    });
    const tags = await db.tag.findMany({
      where: { id: { in: tagCounts.map((t) => t.tagId) } },
      select: { slug: true },
    });
    const authorCounts = await db.article.groupBy({
      by: ['authorId'],
      _count: { id: true },
      orderBy: { _count: { id: 'desc' } },
      take: 10,
    });
    const authors = await db.author.findMany({
      where: { id: { in: authorCounts.map((a) => a.authorId) } },
      select: { slug: true },
    });
    const listings = [
      ...Array.from({ length: 50 }, () => '/'),
      ...categories.flatMap((c) => [
        categoryPath(c.slug),
        categoryPath(c.slug, 2),
        categoryPath(c.slug, 3),
      ]),
      ...tags.flatMap((t) => [tagPath(t.slug), tagPath(t.slug, 2)]),
      ...authors.flatMap((a) => [authorPath(a.slug), authorPath(a.slug, 2)]),
    ];
    const feeds = [
      FEED_PATHS.rss,
      FEED_PATHS.atom,
      SITEMAP_INDEX_PATH,
      NEWS_SITEMAP_PATH,
      sitemapPath('articles-0'),
      sitemapPath('categories'),
      sitemapPath('tags'),
      sitemapPath('authors'),
      ...categories.map((c) => categoryFeedPath(c.slug, 'rss')),
    ];
    const searches = BENCH_QUERIES.map((q) => `/search?q=${encodeURIComponent(q)}`);
    const take = (list: string[], n: number) =>
      Array.from({ length: n }, (_, i) => list[i % list.length]!);
    const lines = [
      ...articles.map((a) => articlePath(a.id, a.slug)),
      ...take(listings, 200),
      ...take(searches, 100),
      ...take(feeds, 100),
    ];
    return { lines, distinctArticles: articles.length };
  } finally {
    await db.$disconnect();
  }
}

function runWrk(base: string, list: string, seconds: number): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'wrk',
      [
        '-t',
        '2',
        '-c',
        values.connections!,
        '-d',
        `${seconds}s`,
        '--timeout',
        '10s',
        '--latency',
        '-s',
        path.join(ROOT, 'scripts', 'bench', 'mix.lua'),
        base,
      ],
      {
        env: { ...process.env, WRK_PATHS: list },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => {
      const line = output
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line) as WrkResult);
      else reject(new Error(`wrk printed no figures:\n${output}`));
    });
  });
}

async function warmUp(base: string, paths: string[]): Promise<number> {
  const started = Date.now();
  const queue = [...new Set(paths)];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let next = queue.shift(); next; next = queue.shift())
        await (await fetch(base + next)).arrayBuffer();
    }),
  );
  return Date.now() - started;
}

type Publish = {
  at: number;
  id: number | null;
  ms: number;
  visibleMs: number | null;
  /** Every fresh connection asked right after the save showed it (home and article). */
  everyWorker?: boolean;
  error?: string;
};

/** A GET on a connection of its own: with several workers, fresh connections reach each of them. */
function freshGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Whether the next requests, on eight fresh connections, all list and serve the article. */
async function seenByEveryWorker(base: string, id: number): Promise<boolean> {
  const answers = await Promise.all(
    Array.from({ length: 8 }, (_, i) =>
      freshGet(i % 2 ? `${base}/` : `${base}/news/${id}`).catch(() => null),
    ),
  );
  return answers.every((a, i) =>
    i % 2
      ? a?.status === 200 && a.body.includes(`/news/${id}/`)
      : a?.status === 308 || a?.status === 200,
  );
}

async function publishOne(page: Page, base: string, n: number): Promise<Publish> {
  const started = Date.now();
  const title = `خبر عاجل رقم ${n} من اختبار التحمل ${started}`;
  try {
    await page.goto('/admin/articles/new');
    await fillEditor(page, {
      title,
      dek: `تمهيد الخبر ${n} المنشور أثناء اختبار التحمل.`,
      body: `فقرة أولى من الخبر ${n}.\n\nفقرة ثانية.`,
      tags: 'اختبار التحمل',
    });
    await page.getByRole('button', { name: 'نشر', exact: true }).click();
    await page.waitForURL(/\/admin\/articles\/\d+\?saved=published/, { timeout: 20_000 });
    const id = Number(/\/admin\/articles\/(\d+)/.exec(page.url())?.[1]);
    const ms = Date.now() - started;
    const everyWorker = await seenByEveryWorker(base, id);
    // A reader sees it: its page answers and the home page lists it.
    const seenFrom = Date.now();
    let visibleMs: number | null = null;
    while (Date.now() - seenFrom < 20_000) {
      const [article, home] = await Promise.all([
        fetch(`${base}/news/${id}`, { redirect: 'follow' }),
        fetch(`${base}/`).then((r) => r.text()),
      ]);
      // The home page isolates the digits of a headline in <bdi>: look for its link instead.
      if (article.status === 200 && home.includes(`/news/${id}/`)) {
        visibleMs = Date.now() - seenFrom;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return { at: started, id, ms, visibleMs, everyWorker };
  } catch (error) {
    return {
      at: started,
      id: null,
      ms: Date.now() - started,
      visibleMs: null,
      error: (error as Error).message.split('\n')[0],
    };
  }
}

async function main() {
  try {
    execFileSync('sh', ['-c', 'command -v wrk'], { stdio: 'ignore' });
  } catch {
    throw new Error('wrk is not installed: apt-get install wrk');
  }
  mkdirSync(TMP, { recursive: true });
  const file = database.replace(/^file:/, '');
  if (!existsSync(file)) {
    const generated = await generateSyntheticDatabase({
      articles: Number(values.articles),
      database,
      quiet: true,
    });
    console.log(
      `database: ${values.articles} synthetic articles in ${generated.seconds.toFixed(0)} s`,
    );
  }
  try {
    execFileSync(
      'node_modules/.bin/tsx',
      [
        'scripts/ops/admin-create.ts',
        '--email',
        EDITOR.email,
        '--name',
        'محرر التحمل',
        '--role',
        'editor',
      ],
      {
        env: { ...process.env, DATABASE_URL: database, ADMIN_PASSWORD: EDITOR.password },
        stdio: 'pipe',
      },
    );
  } catch (error) {
    // An earlier soak on the same database created the account already.
    if (!/يوجد حساب/.test(String((error as { stderr?: Buffer }).stderr ?? ''))) throw error;
  }
  const { lines, distinctArticles } = await readerMix();
  const list = path.join(TMP, 'soak-paths.txt');
  writeFileSync(list, lines.join('\n'));

  const viaNginx = values['through-nginx'] === true;
  const server = await startFreshServer({
    port: Number(values.port),
    database,
    seed: false,
    env: {
      ...process.env,
      AUTH_SECRET: randomBytes(48).toString('base64url'),
      ...(viaNginx ? { TRUST_PROXY: '1' } : {}),
      ...(values.workers ? { WEB_CONCURRENCY: values.workers } : {}),
    },
    logFile: path.join(TMP, 'soak-server.log'),
  });
  const base = server.url;
  const nginxPort = Number(values.port) + 1;
  const nginx = viaNginx
    ? startNginx({
        dir: path.join(TMP, 'soak-nginx'),
        appPort: Number(values.port),
        cachePort: nginxPort,
      })
    : null;
  const readers = viaNginx ? `http://127.0.0.1:${nginxPort}` : base;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  });
  try {
    console.log(
      `soak: ${minutes} min at ${values.connections} connections on ${base}; ${lines.length} paths (${distinctArticles} articles); publishing every ${values['publish-every']} s`,
    );
    const context = await browser.newContext({ baseURL: base, locale: 'ar-MA' });
    const page = await context.newPage();
    await trySignIn(page, EDITOR.email, EDITOR.password);
    if (!/\/admin$/.test(page.url())) throw new Error('the soak editor could not sign in');

    // Every URL of the mix once, eight at a time, then a short wrk run: the soak measures a server
    // in its working state (an archive already rendered once), not the first render of 1,600
    // pages, which costs about 50 ms each here (docs/performance.md).
    const warmed = await warmUp(readers, lines);
    console.log(`warm-up: ${lines.length} requests in ${(warmed / 1000).toFixed(0)} s`);
    await runWrk(readers, list, 10);
    const samples: { t: number; rss: number }[] = [];
    const started = Date.now();
    const sampler = setInterval(
      () =>
        samples.push({
          t: (Date.now() - started) / 1000,
          rss: serverRssMb(server.pid, 'bench/tmp/soak-server.log'),
        }),
      5000,
    );
    const load = runWrk(readers, list, minutes * 60);
    const publishes: Publish[] = [];
    let n = 0;
    const publisher = (async () => {
      // The last publication leaves 30 s to check it before the load stops.
      const lastAt = started + minutes * 60_000 - 30_000;
      for (;;) {
        const next = started + (n + 1) * Number(values['publish-every']) * 1000;
        if (next > lastAt) break;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
        publishes.push(await publishOne(page, base, ++n));
      }
    })();
    const [result] = await Promise.all([load, publisher]);
    clearInterval(sampler);
    const afterMinute = samples.find((s) => s.t >= 60)?.rss ?? 0;
    const atEnd = serverRssMb(server.pid, 'bench/tmp/soak-server.log');
    const perProcess = serverProcesses(server.pid)
      .map((p) => `${p.name} ${peakRssMb(p.pid).toFixed(0)} MB`)
      .join(', ');
    report(result, publishes, samples, afterMinute, atEnd, distinctArticles, viaNginx, perProcess);
  } finally {
    if (nginx?.pid) process.kill(-nginx.pid, 'SIGTERM');
    await browser.close();
    await server.stop();
    rmSync(list, { force: true });
  }
}

function report(
  r: WrkResult,
  publishes: Publish[],
  samples: { t: number; rss: number }[],
  afterMinute: number,
  atEnd: number,
  distinctArticles: number,
  viaNginx: boolean,
  perProcess: string,
) {
  const seconds = r.duration_us / 1e6;
  const socketErrors = r.connect + r.read + r.write + r.timeout;
  const growth = afterMinute ? ((atEnd - afterMinute) / afterMinute) * 100 : NaN;
  const ok = publishes.filter((p) => p.id !== null && p.visibleMs !== null);
  const peak = Math.max(...samples.map((s) => s.rss), atEnd);
  const rows = [
    ['duration', `${(seconds / 60).toFixed(1)} min at ${values.connections} connections`, ''],
    ['requests', `${r.requests} (${(r.requests / seconds).toFixed(0)} req/s)`, ''],
    [
      'socket errors (connect/read/write/timeout)',
      `${r.connect}/${r.read}/${r.write}/${r.timeout}`,
      socketErrors === 0 ? 'met (0)' : 'NOT met (0)',
    ],
    ['responses not 2xx/3xx', String(r.status), r.status === 0 ? 'met (0)' : 'NOT met (0)'],
    [
      'latency p50 / p99 / max',
      `${(r.p50_us / 1000).toFixed(1)} / ${(r.p99_us / 1000).toFixed(1)} / ${(r.max_us / 1000).toFixed(0)} ms`,
      r.p99_us < 150_000 ? 'met (p99 < 150 ms)' : 'NOT met (p99 < 150 ms)',
    ],
    [
      'RSS after 1 min / at end / peak',
      `${afterMinute.toFixed(0)} / ${atEnd.toFixed(0)} / ${peak.toFixed(0)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %)`,
      Math.abs(growth) <= 10 ? 'met (within 10 %)' : 'NOT met (within 10 %)',
    ],
    [
      'editor publishes (Chromium, admin UI)',
      `${ok.length}/${publishes.length} published and visible; save ${medianText(publishes.map((p) => p.ms))} ms, visible on home + article after ${medianText(ok.map((p) => p.visibleMs!))} ms (medians)`,
      ok.length === publishes.length && publishes.length > 0 ? 'met' : 'NOT met',
    ],
    [
      'publications on every worker at the next request (8 fresh connections each)',
      `${publishes.filter((p) => p.everyWorker).length}/${publishes.length}`,
      publishes.length > 0 && publishes.every((p) => p.everyWorker) ? 'met' : 'NOT met',
    ],
    ['peak RSS per process', perProcess, ''],
  ];
  const failures = publishes
    .filter((p) => p.error)
    .map((p) => `- publish at +${((p.at - publishes[0]!.at) / 1000).toFixed(0)} s: ${p.error}`);
  const table = [
    `# Soak: ${new Date().toISOString().slice(0, 16)}Z, ${values.workers ?? 'default'} workers, ${distinctArticles} articles in the mix, ${viaNginx ? 'readers through the nginx cache of deploy/nginx' : 'readers on the application server alone'}`,
    '',
    'Mix: 80 % article pages, 10 % home and listings, 5 % search, 5 % feeds and sitemaps (scripts/bench/soak.ts).',
    '',
    '| figure | value | target |',
    '|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `RSS every 5 s (MB): ${samples.map((s) => s.rss.toFixed(0)).join(' ')}`,
    ...(failures.length ? ['', ...failures] : []),
    '',
  ].join('\n');
  console.log(table);
  mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(
    path.join(
      ROOT,
      'bench',
      'results',
      `soak-${new Date().toISOString().slice(0, 10)}${viaNginx ? '-nginx' : ''}.md`,
    ),
    table,
  );
}

function medianText(values: number[]): string {
  return values.length ? String(median(values)) : '–';
}

main().catch((error: unknown) => {
  console.error(`soak: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
